import Foundation
import Testing
@testable import SteleSite

/// `stele build` leaves alone an output whose inputs have not changed since it wrote it, and builds
/// again on any change to what the output is made from, or to the output itself.
@Suite struct BuildManifestTests {
    private static let articles = [
        "stele.yml": "title: 县报\nlanguage: zh\n",
        "content/a.md": "---\ntitle: 渡口\ndate: 2023-05-02\n---\n\n2021年3月，青石镇渡口恢复通航，每天运送乘客1200人次。\n",
        "content/b.md": "---\ntitle: 书屋\ndate: 2023-04-01\n---\n\n2022年，柳河县建成农家书屋36个。\n",
    ]

    private func publish(_ site: TemporarySite, strict: Bool = false, manifest: Bool = true,
                         now: Date = Date(timeIntervalSince1970: 1_800_000_000)) async throws -> PublishOutcome {
        var builder = SiteBuilder(siteDirectory: site.root, now: now)
        builder.keepAnalysis(onDisk: true)
        builder.keepsManifest = manifest
        return try await builder.publish(into: try OutputDirectory(url: site.output, siteDirectory: site.root), strict: strict)
    }

    private func wasWritten(_ outcome: PublishOutcome) -> Bool {
        if case .written = outcome { return true }
        return false
    }

    /// Each output file's inode: equal when the file was left in place.
    private func inodes(_ site: TemporarySite) throws -> [String: UInt64] {
        try site.tree().keys.reduce(into: [:]) { result, path in
            let attributes = try FileManager.default.attributesOfItem(atPath: site.output.appendingPathComponent(path).path)
            result[path] = (attributes[.systemFileNumber] as? NSNumber)?.uint64Value
        }
    }

    /// The output a build without any cache writes, for comparing.
    private func freshTree(_ site: TemporarySite) async throws -> [String: Data] {
        let fresh = site.root.appendingPathComponent("fresh")
        try await SiteBuilder(siteDirectory: site.root, now: Date(timeIntervalSince1970: 1_800_000_000))
            .build(into: try OutputDirectory(url: fresh, siteDirectory: site.root))
        defer { try? FileManager.default.removeItem(at: fresh) }
        return try site.tree(fresh)
    }

    @Test func anUnchangedSiteIsLeftAsItWas() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        #expect(wasWritten(try await publish(site)))
        let before = try inodes(site)
        let outcome = try await publish(site)
        guard case let .unchanged(manifest, _) = outcome else {
            Issue.record("an unchanged site was built again")
            return
        }
        #expect(manifest.articles == 2 && manifest.pagesByTemplate["article"] == 2)
        #expect(try inodes(site) == before, "no file was written")
    }

    @Test func anyChangeToWhatTheSiteIsMadeFromBuildsAgain() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let changes: [(String, () throws -> Void)] = [
            ("an article", { try site.write("content/b.md", Self.articles["content/b.md"]! + "\n书屋每天开放。\n") }),
            ("a new article", { try site.write("content/c.md", "---\ntitle: 港口\n---\n\n港口通航。\n") }),
            ("stele.yml", { try site.write("stele.yml", "title: 市报\nlanguage: zh\n") }),
            ("a template", { try site.write("templates/partials/footer.mustache", "<footer>县报</footer>\n") }),
            ("a static file", { try site.write("static/logo.txt", "logo") }),
            ("the site's words", { try site.write("words.txt", "青石镇 5 ns\n") }),
        ]
        #expect(wasWritten(try await publish(site)))
        for (what, change) in changes {
            try change()
            #expect(wasWritten(try await publish(site)), "a change to \(what) builds again")
            #expect(try site.tree() == (try await freshTree(site)), "after a change to \(what)")
            if case .unchanged = try await publish(site) {} else { Issue.record("a second build after \(what)") }
        }
    }

    @Test func anOutputChangedByHandIsWrittenAgain() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        _ = try await publish(site)
        let expected = try site.tree()
        try site.write("output/index.html", "edited")
        #expect(wasWritten(try await publish(site)))
        #expect(try site.tree() == expected)
        try site.write("output/stray.html", "left here")
        #expect(wasWritten(try await publish(site)))
        #expect(try site.tree() == expected, "a file the build did not write is gone, as after any build")
        try FileManager.default.removeItem(at: site.output.appendingPathComponent("articles"))
        #expect(wasWritten(try await publish(site)))
        #expect(try site.tree() == expected)
    }

    @Test func aPageComingDueBuildsAgain() async throws {
        var files = Self.articles
        files["content/later.md"] = "---\ntitle: 明年\ndate: 2030-01-01\n---\n\n明年的事。\n"
        let site = try TemporarySite(files)
        defer { site.remove() }
        _ = try await publish(site, now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(!site.exists("output/articles/later/index.html"))
        #expect(wasWritten(try await publish(site, now: Date(timeIntervalSince1970: 1_900_000_000))))
        #expect(site.exists("output/articles/later/index.html"))
    }

    @Test func aClockSetBackBuildsAgain() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        _ = try await publish(site, now: Date(timeIntervalSince1970: 1_800_000_000))
        #expect(site.exists("output/articles/a/index.html"))
        // 2023-04-15 (SOURCE_DATE_EPOCH set back, say): a.md, dated 2023-05-02, is in the future now.
        #expect(wasWritten(try await publish(site, now: Date(timeIntervalSince1970: 1_681_516_800))))
        #expect(!site.exists("output/articles/a/index.html"))
    }

    @Test func anUnchangedSiteStillReportsItsWarnings() async throws {
        var files = Self.articles
        files["content/c.md"] = "---\ntitel: 港口\n---\n\n港口通航。\n"
        let site = try TemporarySite(files)
        defer { site.remove() }
        guard case let .written(built) = try await publish(site) else {
            Issue.record("the first build wrote nothing")
            return
        }
        #expect(!built.warnings.isEmpty, "titel looks like title")
        guard case let .unchanged(manifest, config) = try await publish(site) else {
            Issue.record("an unchanged site was built again")
            return
        }
        #expect(manifest.warnings == built.warnings)
        #expect(manifest.unpublished == built.unpublished.count)
        #expect(config.title == "县报" && manifest.notes.isEmpty)
    }

    @Test func aSiteWithoutSettingsIsLeftAsItWasToo() async throws {
        var files = Self.articles
        files["stele.yml"] = nil
        let site = try TemporarySite(files)
        defer { site.remove() }
        guard case let .written(built) = try await publish(site) else {
            Issue.record("the first build wrote nothing")
            return
        }
        guard case let .unchanged(manifest, _) = try await publish(site) else {
            Issue.record("an unchanged site without stele.yml was built again")
            return
        }
        #expect(!manifest.notes.isEmpty && manifest.notes == built.notes, "the settings guessed are noted, as in the build that wrote the output")
        try site.write("content/b.md", Self.articles["content/b.md"]! + "\n书屋每天开放。\n")
        #expect(wasWritten(try await publish(site)))
        // Settings written where they were guessed: the output is built with them.
        try site.write("stele.yml", "title: 县报\nlanguage: zh\n")
        #expect(wasWritten(try await publish(site)))
    }

    @Test func aStrictBuildSkipsOnlyWhatAStrictBuildWrote() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        _ = try await publish(site)
        #expect(wasWritten(try await publish(site, strict: true)), "the output was never checked")
        if case .unchanged = try await publish(site, strict: true) {} else { Issue.record("checked and unchanged") }
        if case .unchanged = try await publish(site) {} else { Issue.record("a plain build after a strict one") }
    }

    @Test func withoutTheCacheEveryBuildWrites() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        _ = try await publish(site)
        #expect(wasWritten(try await publish(site, manifest: false)))
        #expect(wasWritten(try await publish(site)), "the build without a cache left another output")
        try FileManager.default.removeItem(at: site.root.appendingPathComponent(".stele-cache"))
        #expect(wasWritten(try await publish(site)))
    }
}
