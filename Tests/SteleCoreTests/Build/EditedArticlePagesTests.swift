import Foundation
import Testing
import StelePages
@testable import SteleSite

/// `stele serve` shows an edited article's page at once, rendered from its file against the last build,
/// before it builds the whole site again; what it cannot render that way waits for the full build.
@Suite struct EditedArticlePagesTests {
    private static let articles = [
        "content/a.md": "---\ntitle: 渡口\ndate: 2023-05-02\ntags: [交通]\n---\n\n2021年3月，青石镇渡口恢复通航，每天运送乘客1200人次。\n",
        "content/b.md": "---\ntitle: 书屋\ndate: 2023-04-01\ntags: [文化]\n---\n\n柳河县建成农家书屋36个，李明远说，书屋是大家的。\n",
        "content/c.md": "---\ntitle: 港口\ndate: 2023-03-01\ntags: [交通]\n---\n\n2020年12月，海阳市港口吞吐量达到3.5亿吨。\n",
    ]

    private static let now = Date(timeIntervalSince1970: 1_800_000_000)

    private func build(_ site: TemporarySite) async throws -> BuiltSite {
        try await SiteBuilder(siteDirectory: site.root, now: Self.now).build()
    }

    private func edited(_ sources: [String], in site: TemporarySite, after previous: BuiltSite) async -> [OutputFile]? {
        await SiteBuilder(siteDirectory: site.root, now: Self.now).editedArticlePages(sources, after: previous)
    }

    @Test("an edited body (a new dated sentence, a link to another article) gives the page the full build makes")
    func anEditedPageIsTheFullBuildsPage() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let before = try await build(site)
        try site.write("content/b.md", "---\ntitle: 书屋\ndate: 2023-04-01\ntags: [文化]\n---\n\n"
                       + "柳河县建成农家书屋36个，李明远说，书屋是大家的。2023年又建成12个，见[渡口](a.md)。\n")
        let pages = try #require(await edited(["content/b.md"], in: site, after: before))
        #expect(pages.map(\.path) == ["articles/b/index.html"])
        let page = String(decoding: try #require(pages.first).contents, as: UTF8.self)
        #expect(page.contains("2023年又建成12个"))
        #expect(page.contains("href=\"/articles/a/\""), "links resolve against the whole site")
        let full = try #require(try await build(site).files.first { $0.path == "articles/b/index.html" })
        #expect(pages.first?.contents == full.contents)
    }

    @Test("a new, gone, unpublished or moved article waits for the full build", arguments: [
        ("content/d.md", "---\ntitle: 新\ndate: 2023-01-01\n---\n\n新的文章。\n"),
        ("content/b.md", "---\ntitle: 书屋\ndate: 2023-04-01\ndraft: true\n---\n\n草稿。\n"),
        ("content/b.md", "---\ntitle: 书屋\ndate: 2023-04-01\nslug: shu-wu\n---\n\n换了地址。\n"),
        ("content/b.md", "---\ntitle: [书屋\n---\n\n坏了。\n"),
    ])
    func otherChangesWait(source: String, text: String) async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let before = try await build(site)
        try site.write(source, text)
        #expect(await edited([source], in: site, after: before) == nil)
    }

    @Test func aRemovedArticleWaits() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let before = try await build(site)
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/c.md"))
        #expect(await edited(["content/c.md"], in: site, after: before) == nil)
    }

    @Test("without the summary it had, the page's first sentence long enough to stand alone is its summary")
    func aProvisionalSummary() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let before = try await build(site)
        try site.write("content/b.md", "---\ntitle: 书屋\ndate: 2023-04-01\n---\n\n好。柳河县今年又建成农家书屋十二个，村民说好。\n")
        let page = String(decoding: try #require(await edited(["content/b.md"], in: site, after: before)?.first).contents,
                          as: UTF8.self)
        #expect(page.contains("<meta name=\"description\" content=\"柳河县今年又建成农家书屋十二个，村民说好。\">"))
    }
}
