import Foundation
import Testing
@testable import StelePages
@testable import SteleSite

@Suite struct OutputDirectoryTests {
    @Test func refusesFoldersItDidNotWrite() throws {
        let site = try TemporarySite(["output/precious.txt": "keep me", "content/a.md": "x"])
        defer { site.remove() }
        #expect(throws: OutputError.self) { try OutputDirectory(url: site.output, siteDirectory: site.root) }
        #expect(try site.read("output/precious.txt") == "keep me")
    }

    @Test func refusesTheSiteFolderItsParentsRootAndHome() throws {
        let site = try TemporarySite(["content/a.md": "x"])
        defer { site.remove() }
        let home = FileManager.default.homeDirectoryForCurrentUser
        for folder in [site.root, site.root.deletingLastPathComponent(), URL(fileURLWithPath: "/"), home] {
            #expect(throws: OutputError.self, "\(folder.path)") {
                try OutputDirectory(url: folder, siteDirectory: site.root)
            }
        }
    }

    @Test func acceptsAnEmptyOrMissingFolderAndItsOwnOutput() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: A\n---\n"])
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.output, withIntermediateDirectories: true)
        _ = try OutputDirectory(url: site.output, siteDirectory: site.root)
        try await site.build()
        #expect(site.exists("output/\(OutputDirectory.markerName)"))
        _ = try OutputDirectory(url: site.output, siteDirectory: site.root)
    }

    @Test func replacesTheWholeFolderAndLeavesNoStagingBehind() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let output = try OutputDirectory(url: site.output, siteDirectory: site.root)
        try output.replace(with: [OutputFile(path: "old.html", text: "old"), OutputFile(path: "a/b.html", text: "b")])
        try output.replace(with: [OutputFile(path: "new.html", text: "new")])
        #expect(try site.tree().keys.sorted() == [OutputDirectory.markerName, "new.html"])
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: site.root.path)
        #expect(leftovers == ["output"])
    }

    @Test func aFailedWriteKeepsThePreviousOutput() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let output = try OutputDirectory(url: site.output, siteDirectory: site.root)
        try output.replace(with: [OutputFile(path: "index.html", text: "good")])
        // A file and a folder at one path cannot both be written: the second write fails mid-way.
        #expect(throws: OutputError.self) {
            try output.replace(with: [OutputFile(path: "x", text: "file"), OutputFile(path: "x/y", text: "nested")])
        }
        #expect(try site.read("output/index.html") == "good")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path) == ["output"])
    }
}
