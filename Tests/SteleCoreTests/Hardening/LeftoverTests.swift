import Foundation
import Testing
@testable import SteleImport
@testable import SteleSite
@testable import SteleSupport

/// What killed builds and imports leave behind is removed by the next run, and only that (issue 14).
@Suite struct LeftoverTests {
    /// The id of a process that has ended: `true`, run and waited for.
    static func deadProcessID() throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/true")
        try process.run()
        process.waitUntilExit()
        return process.processIdentifier
    }

    @Test func theNextBuildRemovesStagingAndRetiredFoldersOfKilledBuilds() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        try await site.build()
        let dead = try Self.deadProcessID()
        let leftovers = [ScratchFile.name(for: "output", processID: dead), ".output.staging-1F2E", ".output.old-3C4D"]
        for name in leftovers { try site.write("\(name)/index.html", "half a build") }
        // A build still running beside this one (this very process) keeps its staging folder.
        let live = ScratchFile.name(for: "output")
        try site.write("\(live)/index.html", "a build in progress")
        try site.write(".outputs-of-mine/notes.txt", "not Stele's")

        try await site.build()

        let names = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        for name in leftovers { #expect(!names.contains(name), "\(name)") }
        #expect(names.contains(live))
        #expect(names.contains(".outputs-of-mine"))
        #expect(try site.read("output/articles/a/index.html").contains("Text."))
    }

    @Test func aReplacedOutputLeavesNothingBesideIt() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        try await site.build()
        try site.write("content/a.md", "---\ntitle: A\n---\nNew text.\n")
        try await site.build()
        let names = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(names.sorted() == ["content", "output"])
        #expect(try site.read("output/articles/a/index.html").contains("New text."))
    }

    @Test func anImportRemovesFilesAKilledImportHalfWrote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stele-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        let halfWritten = content.appendingPathComponent(ScratchFile.name(for: "old.md", processID: try Self.deadProcessID()))
        try Data("---\ntitle: 半".utf8).write(to: halfWritten)
        let source = folder.appendingPathComponent("a.txt")
        try Data("标题一\n\n正文第一段，说了一件事。\n".utf8).write(to: source)

        let outcome = Importer(destination: content.path).run([source.path])

        #expect(outcome.errors.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: content.path)
        #expect(names.count == 1 && names[0].hasSuffix(".md") && !names[0].hasPrefix("."), "\(names)")
    }

    @Test func scratchNamesSayWhoseTheyAre() {
        let name = ScratchFile.name(for: "report.md", processID: 4711)
        #expect(name.hasPrefix(".report.md.stele-scratch-4711-"))
        #expect(ScratchFile.owner(ofName: name)?.target == "report.md")
        #expect(ScratchFile.owner(ofName: name)?.processID == 4711)
        #expect(ScratchFile.owner(ofName: "report.md") == nil)
        #expect(ScratchFile.owner(ofName: ".report.md.stele-scratch-x-1") == nil)
    }
}
