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

    /// An unchanged file is the earlier build's file, linked (the same inode, its time kept); a changed
    /// one, or one edited by hand in the output, is written anew with the build's bytes.
    @Test func unchangedFilesAreKeptAndChangedOnesWritten() throws {
        let site = try TemporarySite()
        defer { site.remove() }
        let output = try OutputDirectory(url: site.output, siteDirectory: site.root)
        try output.replace(with: [OutputFile(path: "same.html", text: "same"), OutputFile(path: "a/changed.html", text: "one"),
                                  OutputFile(path: "edited.html", text: "built")])
        let before = try inodes(in: site.output)
        try "edited by hand".write(to: site.output.appendingPathComponent("edited.html"), atomically: false, encoding: .utf8)
        try output.replace(with: [OutputFile(path: "same.html", text: "same"), OutputFile(path: "a/changed.html", text: "two"),
                                  OutputFile(path: "edited.html", text: "built")])
        let after = try inodes(in: site.output)
        #expect(after["same.html"] == before["same.html"])
        #expect(after["a/changed.html"] != before["a/changed.html"])
        #expect(try site.read("output/a/changed.html") == "two")
        #expect(try site.read("output/edited.html") == "built")
        #expect(try FileManager.default.contentsOfDirectory(atPath: site.root.path) == ["output"])
        let links = try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent("same.html").path)
        #expect(links[.referenceCount] as? Int == 1, "the old output is gone, and its links with it")
    }

    private func inodes(in folder: URL) throws -> [String: Int] {
        var inodes: [String: Int] = [:]
        for path in ["same.html", "a/changed.html", "edited.html"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(path).path)
            inodes[path] = attributes[.systemFileNumber] as? Int
        }
        return inodes
    }
}
