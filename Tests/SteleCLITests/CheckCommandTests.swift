import Foundation
import Testing

/// `stele check` and `stele build --strict`, run as a user runs them.
@Suite struct CheckCommandTests {
    /// A copy of a fixture site from Tests/SteleCoreTests/Fixtures/, in a scratch folder.
    func fixture(_ path: String) throws -> URL {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SteleCoreTests/Fixtures").appendingPathComponent(path)
        let copy = try makeScratchFolder([:]).appendingPathComponent("site")
        try FileManager.default.copyItem(at: source, to: copy)
        return copy
    }

    @Test func aBrokenLinkAndABrokenAnchorExitOneNamingFileAndLine() throws {
        let site = try fixture("Check/broken-link-and-anchor")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let result = try SteleProcess.run(["check"], in: site)
        #expect(result.status == 1)
        #expect(result.stdout == """
            content/guide.md:7: links to content/other.md#第三节, but content/other.md has no heading or paragraph with the id '第三节'
            content/guide.md:9: links to content/missing.md, which does not exist

            """)
        #expect(result.stderr.contains("stele check: 2 problems in"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path), "check writes nothing")
    }

    @Test func jsonOutputIsMachineReadable() throws {
        let site = try fixture("Check/broken-link-and-anchor")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let result = try SteleProcess.run(["check", site.path, "--format", "json"], in: site.deletingLastPathComponent())
        #expect(result.status == 1)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let problems = try #require(json["problems"] as? [[String: Any]])
        #expect(problems.map { "\($0["file"] ?? ""):\($0["line"] ?? ""):\($0["kind"] ?? "")" }
                == ["content/guide.md:7:broken-anchor", "content/guide.md:9:missing-content"])
    }

    @Test func aCleanSiteExitsZero() throws {
        let site = try fixture("Check/clean-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let result = try SteleProcess.run(["check", "."], in: site)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("stele check: no problems in"))
    }

    @Test func buildErrorsAreReportedAsProblems() throws {
        let site = try fixture("Check/duplicate-url")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let result = try SteleProcess.run(["check"], in: site)
        #expect(result.status == 1)
        #expect(result.stdout.hasPrefix("content/a.md: this page and content/same.md would all be written to /articles/same/"))
    }

    @Test func strictBuildWritesNothingWhenTheCheckFails() throws {
        let site = try fixture("Check/broken-link-and-anchor")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let result = try SteleProcess.run(["build", "--strict"], in: site)
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: content/guide.md:7: links to content/other.md#第三节"), "\(result.stderr)")
        #expect(result.stderr.contains("error: content/guide.md:9: links to content/missing.md, which does not exist"))
        #expect(!FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
        // Without --strict the same site builds.
        #expect(try SteleProcess.run(["build"], in: site).status == 0)
    }

    @Test func strictBuildOfACleanSiteWritesIt() throws {
        let site = try fixture("Check/clean-site")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        let result = try SteleProcess.run(["build", "--strict", "--base-url", "https://example.net/x/"], in: site)
        #expect(result.status == 0, "\(result.stderr)")
        let feed = try String(contentsOf: site.appendingPathComponent("output/feed.xml"), encoding: .utf8)
        #expect(feed.contains("<id>https://example.net/x/articles/a/</id>"))
    }

    @Test func draftsFlagPublishesDrafts() throws {
        let site = try fixture("Check/link-to-draft")
        defer { try? FileManager.default.removeItem(at: site.deletingLastPathComponent()) }
        #expect(try SteleProcess.run(["check"], in: site).status == 1)
        #expect(try SteleProcess.run(["check", "--drafts"], in: site).status == 0)
        #expect(try SteleProcess.run(["build", "--drafts"], in: site).status == 0)
        #expect(FileManager.default.fileExists(atPath: site.appendingPathComponent("output/articles/draft/index.html").path))
    }

    @Test func sourceDateEpochDecidesWhatIsInTheFuture() throws {
        let site = try makeScratchFolder(["content/later.md": "---\ntitle: Later\ndate: 2030-01-01\n---\nText.\n"])
        defer { try? FileManager.default.removeItem(at: site) }
        let before = try SteleProcess.run(["build"], in: site, environment: ["SOURCE_DATE_EPOCH": "1704067200"])
        #expect(before.stdout.contains("Built 0 articles"))
        #expect(before.stdout.contains("left out       1"))
        let after = try SteleProcess.run(["build"], in: site, environment: ["SOURCE_DATE_EPOCH": "1900000000"])
        #expect(after.stdout.contains("Built 1 article "))
        let future = try SteleProcess.run(["build", "--future"], in: site, environment: ["SOURCE_DATE_EPOCH": "1704067200"])
        #expect(future.stdout.contains("Built 1 article "))
        let invalid = try SteleProcess.run(["check"], in: site, environment: ["SOURCE_DATE_EPOCH": "soon"])
        #expect(invalid.status == 1)
        #expect(invalid.stderr.contains("error: SOURCE_DATE_EPOCH='soon' is not a whole number of seconds"))
    }
}
