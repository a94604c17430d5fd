import Foundation
import Testing

@Suite struct BuildCommandTests {
    @Test func buildsTheSiteInTheCurrentFolder() throws {
        let site = try makeScratchFolder(["content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Built 1 page into"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/articles/a/index.html").path))
    }

    @Test func errorsGoToStandardErrorWithLocationsAndExitNonZero() throws {
        let site = try makeScratchFolder([
            "content/a.md": "---\ntitle: [unclosed\n---\n",
            "content/b.md": "---\ndate: someday\n---\n",
        ])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build", site.path], in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains("error: content/a.md:3:1: invalid YAML in frontmatter"), "\(result.stderr)")
        #expect(result.stderr.contains("error: content/b.md:2:7: 'someday' is not a date"), "\(result.stderr)")
        #expect(!result.stderr.contains("Error:"), "no count repeating what was printed: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
    }

    @Test func aMistypedFolderIsAnErrorAndIsNotCreated() throws {
        let site = try makeScratchFolder(["content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build", "sitee"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr == "error: sitee: no such folder\n", "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("sitee").path))
    }

    @Test func refusesAnOutputFolderItDidNotWrite() throws {
        let site = try makeScratchFolder(["content/a.md": "x", "mine/notes.txt": "mine"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build", "--output", "mine"], in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains("refusing to use as output folder"))
        #expect(try String(contentsOf: site.appendingPathComponent("mine/notes.txt"), encoding: .utf8) == "mine")
    }

    @Test func refusesTheSiteFolderAsOutput() throws {
        let site = try makeScratchFolder(["content/a.md": "x"])
        defer { try? FileManager.default.removeItem(at: site) }
        let result = try SteleProcess.run(["build", "--output", "."], in: site)
        #expect(result.status != 0)
        #expect(result.stderr.contains("it is the site folder itself"))
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("content/a.md").path))
    }
}
