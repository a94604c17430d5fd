import Foundation
import Testing
import SteleAnalysis
@testable import StelePages
@testable import SteleSite

/// `stele serve` keeps the pages it rendered between builds: a rebuild renders only the pages whose
/// views changed, and the site it builds is the one a fresh build makes, byte for byte.
@Suite struct RenderMemoTests {
    private static let articles = [
        "content/a.md": "---\ntitle: 渡口\ndate: 2023-05-02\ntags: [交通]\n---\n\n2021年3月，青石镇渡口恢复通航，每天运送乘客1200人次。\n",
        "content/b.md": "---\ntitle: 书屋\ndate: 2023-04-01\ntags: [文化]\n---\n\n2022年，柳河县建成农家书屋36个，李明远说，书屋是大家的。\n",
        "content/c.md": "---\ntitle: 港口\ndate: 2023-03-01\ntags: [交通]\n---\n\n2020年12月，海阳市港口吞吐量达到3.5亿吨。\n",
        "content/d.md": "---\ntitle: 果园\ndate: 2023-02-01\n---\n\n2019年，南山村的果园收获苹果80万斤。\n",
    ]

    private struct Builds {
        let site: TemporarySite
        let memo = RenderMemo()
        let cache = AnalysisCache()

        /// A build as `stele serve` makes one: analysis and pages kept from the builds before.
        func kept() async throws -> BuiltSite {
            var builder = fresh
            builder.analysisCache = cache
            builder.renderMemo = memo
            return try await builder.build()
        }

        /// A build that keeps nothing, as `stele build` makes one.
        var fresh: SiteBuilder { SiteBuilder(siteDirectory: site.root, now: Date(timeIntervalSince1970: 1_800_000_000)) }
    }

    private func bytes(_ site: BuiltSite) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: site.files.map { ($0.path, $0.contents) })
    }

    /// The output path of the article page made from `source`.
    private func path(of source: String, in site: BuiltSite) throws -> String {
        try #require(site.pages.first { $0.page.source == source }).path + "index.html"
    }

    @Test func anUnchangedSiteIsRenderedOnce() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let builds = Builds(site: site)
        let first = try await builds.kept()
        let pages = first.pagesByTemplate.values.reduce(0, +)
        #expect(builds.memo.lastBuild == RenderMemo.Report(rendered: builds.memo.lastBuild.rendered, reused: 0))
        #expect(builds.memo.lastBuild.rendered.count == pages)
        let second = try await builds.kept()
        #expect(builds.memo.lastBuild == RenderMemo.Report(rendered: [], reused: pages))
        #expect(bytes(second) == bytes(first))
    }

    @Test func anEditedBodyRendersItsPageAndTheListsItChangesAndNoOtherArticle() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let builds = Builds(site: site)
        let first = try await builds.kept()
        try site.write("content/b.md", "---\ntitle: 书屋\ndate: 2023-04-01\ntags: [文化]\n---\n\n"
                       + "2022年，柳河县建成农家书屋36个，李明远说，书屋是大家的。2023年又建成12个。\n")
        let edited = try await builds.kept()
        let rendered = builds.memo.lastBuild.rendered
        #expect(rendered.contains(try path(of: "content/b.md", in: edited)))
        for other in ["content/a.md", "content/c.md", "content/d.md"] {
            #expect(!rendered.contains(try path(of: other, in: edited)), "\(other)")
        }
        #expect(builds.memo.lastBuild.reused + rendered.count == first.pagesByTemplate.values.reduce(0, +))
        #expect(bytes(edited) == bytes(try await builds.fresh.build()))
        #expect(bytes(edited) != bytes(first))
    }

    @Test func aTemplateEditRendersEveryPageWithoutAnalysingAgain() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let builds = Builds(site: site)
        let first = try await builds.kept()
        let article = try #require(DefaultTheme.templates["article"]).text
        try site.write("templates/article.mustache", article.replacingOccurrences(of: "<h1>", with: "<h1 class=\"edited\">"))
        let edited = try await builds.kept()
        #expect(builds.memo.lastBuild.reused == 0)
        #expect(builds.memo.lastBuild.rendered.count == first.pagesByTemplate.values.reduce(0, +))
        #expect(builds.cache.lastBuild.analysed == 0)
        #expect(bytes(edited) == bytes(try await builds.fresh.build()))
        let page = try #require(edited.files.first { $0.path == (try? path(of: "content/a.md", in: edited)) })
        #expect(String(decoding: page.contents, as: UTF8.self).contains("<h1 class=\"edited\">"))
    }

    /// A page gone from the site is forgotten: when it comes back, it is rendered again.
    @Test func aRemovedPageIsForgotten() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let builds = Builds(site: site)
        let first = try await builds.kept()
        let page = try path(of: "content/d.md", in: first)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/d.md"))
        let without = try await builds.kept()
        #expect(!without.files.contains { $0.path == page })
        #expect(bytes(without) == bytes(try await builds.fresh.build()))
        try site.write("content/d.md", try #require(Self.articles["content/d.md"]))
        let again = try await builds.kept()
        #expect(builds.memo.lastBuild.rendered.contains(page))
        #expect(bytes(again) == bytes(first))
    }
}
