import Foundation
import Testing
@testable import SteleContent
@testable import SteleSite
@testable import SteleSupport

/// Errors say what is wrong in words, at the place to look (issue 14).
@Suite struct MessageTests {
    func buildErrors(_ site: TemporarySite) async -> String {
        do {
            try await site.build()
            return ""
        } catch {
            return "\(error)"
        }
    }

    @Test func aFolderWhereAPageShouldBeIsNamedAsAFolder() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: A\n---\n"])
        defer { site.remove() }
        try FileManager.default.createDirectory(at: site.root.appendingPathComponent("content/b.md"), withIntermediateDirectories: true)
        let errors = await buildErrors(site)
        #expect(errors.contains("content/b.md: cannot read file: is a folder, not a regular file"), "\(errors)")
        #expect(!errors.contains("NSCocoaErrorDomain"))
    }

    @Test func aSymlinkLoopAndAFIFOAreNamedForWhatTheyAre() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: A\n---\n"])
        defer { site.remove() }
        try FileManager.default.createSymbolicLink(atPath: site.root.appendingPathComponent("content/loop.md").path,
                                                   withDestinationPath: "loop.md")
        #expect(mkfifo(site.root.appendingPathComponent("content/pipe.md").path, 0o600) == 0)
        let errors = await buildErrors(site)
        #expect(errors.contains("content/loop.md: cannot read file: Too many levels of symbolic links"), "\(errors)")
        #expect(errors.contains("content/pipe.md: cannot read file: is a named pipe (FIFO), not a regular file"), "\(errors)")
    }

    @Test func yamlErrorsInSteleYmlDoNotSayFrontmatter() {
        #expect(throws: ContentError.self) { try SiteConfig.parse("title: [x\nbaseURL: /\n", file: "stele.yml") }
        do {
            _ = try SiteConfig.parse("title: [x\nbaseURL: /\n", file: "stele.yml")
        } catch {
            #expect(!error.description.contains("frontmatter"), "\(error)")
            #expect(error.description.hasPrefix("stele.yml:1:8: invalid YAML"), "\(error)")
        }
    }

    @Test func anUnclosedBracketIsReportedWhereItOpens() {
        do {
            _ = try ContentDocument(parsing: "---\ntitle: [x\nauthor: y\n---\nbody\n", file: "a.md")
            Issue.record("parsed")
        } catch {
            #expect(error.description.hasPrefix("a.md:2:8: invalid YAML in frontmatter"), "\(error)")
        }
    }

    @Test func mistypedKeysWarnWithTheKeyMeant() throws {
        let config = try SiteConfig.parse("title: T\nbaseUrl: /docs/\nlangauge: zh\nseries: 专题\n", file: "stele.yml")
        #expect(config.warnings.map(\.description) == [
            "stele.yml:2:1: warning: Stele reads no key `baseUrl`; did you mean `baseURL`?",
            "stele.yml:3:1: warning: Stele reads no key `langauge`; did you mean `language`?",
        ])
        let page = try Frontmatter.parse(yaml: "titel: A\ntag: [x]\nauthor: 李\nplace: 北京\nagency: 新华社", file: "a.md", lineOffset: 1)
        #expect(page.warnings.map(\.message) == [
            "Stele reads no key `titel`; did you mean `title`?",
            "Stele reads no key `tag`; did you mean `tags`?",
            "Stele reads no key `author`; did you mean `authors`?",
        ])
        #expect(page.warnings.first?.location.line == 2)
    }

    @Test func checkReportsMistypedKeysAsWarningsAndPasses() async throws {
        let site = try TemporarySite(["stele.yml": "title: T\nbaseUrl: /\n", "content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        let report = LinkChecker(site: try await SiteBuilder(siteDirectory: site.root).build()).check()
        #expect(report.passed)
        #expect(report.summary.hasPrefix("no problems, 1 warning"))
        #expect(report.text.contains("stele.yml:2:1: warning: Stele reads no key `baseUrl`"))
    }
}
