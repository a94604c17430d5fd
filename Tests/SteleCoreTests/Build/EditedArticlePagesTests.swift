import Foundation
import Testing
import SteleAnalysis
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
        var previous = previous
        return await SiteBuilder(siteDirectory: site.root, now: Self.now).editedArticlePages(sources, after: &previous)
    }

    /// The quick step's files after `source` is written with `text` on `site`, built before the edit by
    /// `builder` (a plain one when nil), which then takes the step.
    private func quickStep(_ site: TemporarySite, writing source: String, _ text: String,
                           with builder: SiteBuilder? = nil) async throws -> [OutputFile]? {
        let builder = builder ?? SiteBuilder(siteDirectory: site.root, now: Self.now)
        var before = try await builder.build()
        try site.write(source, text)
        return await builder.editedArticlePages([source], after: &before)
    }

    /// The file at `path` as a full build of `site` by a serving builder makes it.
    private func fullBuild(_ site: TemporarySite, _ path: String) async throws -> Data? {
        try await servingBuilder(site).build().files.first { $0.path == path }?.contents
    }

    @Test("an edited body (a new dated sentence, a link to another article) gives the page the full build makes")
    func anEditedPageIsTheFullBuildsPage() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let text = "---\ntitle: 书屋\ndate: 2023-04-01\ntags: [文化]\n---\n\n"
            + "柳河县建成农家书屋36个，李明远说，书屋是大家的。2023年又建成12个，见[渡口](a.md)。\n"
        let pages = try #require(await quickStep(site, writing: "content/b.md", text))
        #expect(pages.map(\.path) == ["articles/b/index.html", "timeline/b/index.html", "timeline/index.html",
                                      "articles/a/index.html", "articles/c/index.html", "index.html",
                                      "tags/wen-hua/index.html"])
        let page = String(decoding: try #require(pages.first).contents, as: UTF8.self)
        #expect(page.contains("2023年又建成12个"))
        #expect(page.contains("href=\"/articles/a/\""), "links resolve against the whole site")
        let full = try await build(site).files
        for page in pages {
            let built = try #require(full.first { $0.path == page.path })
            #expect(page.contents == built.contents, "\(page.path)")
        }
        let timeline = String(decoding: try #require(pages.first { $0.path == "timeline/b/index.html" }).contents, as: UTF8.self)
        #expect(timeline.contains("又建成12个"), "its new event is on its timeline page")
    }

    /// A site whose timeline has an overview: 30 articles of ten events each, one a year from 2010 to
    /// 2019 (more than `TimelinePage.pageLimit` in the decade, so each year has a page of its own).
    private static let largeTimeline: [String: String] = Dictionary(uniqueKeysWithValues: (1...30).map { number in
        let paragraphs = (0..<10).map { offset in
            "\(2010 + offset)年\(offset % 12 + 1)月，第\(number)村修通了第\(offset + 1)条公路。"
        }
        let date = String(format: "2023-%02d-%02d", number % 12 + 1, number % 28 + 1)
        return ("content/v\(number).md",
                "---\ntitle: 村\(number)\ndate: \(date)\n---\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
    })

    @Test("an edit's new and dropped events show on the timeline's overview, their decade's page and their years' pages, as the full build makes them")
    func theTimelineOfAnEdit() async throws {
        let site = try TemporarySite(Self.largeTimeline)
        defer { site.remove() }
        let before = try await build(site)
        #expect(before.files.contains { $0.path == "timeline/years/2015/index.html" }, "the years have pages")
        // v7's 2012 sentence loses its date, and a paragraph with a new event in 2015 follows the rest:
        // its other events are as they were, their years' pages too.
        let paragraphs = (0..<10).map { $0 == 2 ? "第7村修通了第3条公路。" : "\(2010 + $0)年\($0 % 12 + 1)月，第7村修通了第\($0 + 1)条公路。" }
            + ["2015年9月，第7村建成了新的卫生室。"]
        try site.write("content/v7.md", "---\ntitle: 村7\ndate: 2023-08-08\n---\n\n" + paragraphs.joined(separator: "\n\n") + "\n")
        let pages = try #require(await edited(["content/v7.md"], in: site, after: before))
        let timeline = Set(pages.map(\.path).filter { $0.hasPrefix("timeline/") })
        #expect(timeline == ["timeline/v7/index.html", "timeline/index.html", "timeline/decades/2010/index.html",
                             "timeline/years/2012/index.html", "timeline/years/2015/index.html"])
        let full = try await build(site).files
        for page in pages {
            let built = try #require(full.first { $0.path == page.path })
            #expect(page.contents == built.contents, "\(page.path)")
        }
        let year = String(decoding: try #require(pages.first { $0.path == "timeline/years/2015/index.html" }).contents,
                          as: UTF8.self)
        #expect(year.contains("第7村建成了新的卫生室"))
        let dropped = String(decoding: try #require(pages.first { $0.path == "timeline/years/2012/index.html" }).contents,
                             as: UTF8.self)
        #expect(!dropped.contains("第7村修通了第3条公路"), "its dropped event is gone from its year's page")
    }

    @Test("an edit that leaves the article's events as they were changes no page of the whole timeline")
    func unchangedEventsLeaveTheTimeline() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let text = "---\ntitle: 渡口\ndate: 2023-05-02\ntags: [交通]\n---\n\n"
            + "2021年3月，青石镇渡口恢复通航，每天运送乘客1200人次。\n\n渡口新修了候船亭。\n"
        let paths = try #require(await quickStep(site, writing: "content/a.md", text)).map(\.path)
        #expect(paths.contains("timeline/a/index.html"), "its own timeline page shows its title and counts")
        #expect(!paths.contains("timeline/index.html"))
    }

    @Test("with the last build's search index kept, an edit gives the index's manifest, the shards it changed and the article's fragment, as the full build makes them")
    func theSearchIndexOfAnEdit() async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let pages = try #require(await quickStep(site, writing: "content/b.md", "---\ntitle: 书屋\ndate: 2023-04-01\ntags: [文化]\n---\n\n"
            + "柳河县建成农家书屋36个，李明远说，书屋是大家的。书架上新添了蝴蝶标本。\n", with: servingBuilder(site)))
        let search = pages.filter { $0.path.hasPrefix("search/") }
        #expect(search.map(\.path).contains("search/index.json"))
        #expect(search.map(\.path).contains("search/docs/1.json"), "b, the second newest, is document 1")
        #expect(search.contains { $0.path.hasPrefix("search/terms/") })
        #expect(!search.contains { $0.path == "search/docs/0.json" }, "the other articles' fragments are as they were")
        for page in search {
            #expect(try await page.contents == fullBuild(site, page.path), "\(page.path)")
        }
        let shards = search.filter { $0.path.hasPrefix("search/terms/") }.map { String(decoding: $0.contents, as: UTF8.self) }
        #expect(shards.contains { $0.contains("\"蝴蝶\":") || $0.contains("\"蝴\":") }, "the new words are in the shards made")
    }

    /// A builder of `site` that keeps what `stele serve` keeps between its steps: each article's analysis,
    /// the search index and the corpus's word tables.
    private func servingBuilder(_ site: TemporarySite) -> SiteBuilder {
        var builder = SiteBuilder(siteDirectory: site.root, now: Self.now)
        builder.keepAnalysis(onDisk: false)
        builder.searchIndexMemo = SearchIndexMemo()
        builder.wordTallyMemo = WordTallyMemo()
        builder.feedMemo = FeedMemo()
        return builder
    }

    /// The articles with a background IDF table of the site's own, so that distinctive words are weighed
    /// article by article whatever this machine has installed.
    private static let weighedArticles = articles.merging([
        "stele.yml": "title: 站\nidf: idf.txt\n",
        "idf.txt": "书屋 9.0\n渡口 8.0\n港口 7.5\n标本 10.0\n蝴蝶 11.0\n乘客 6.0\n",
    ]) { $1 }

    @Test("with the corpus's word tables kept, an edit's figures, words, names and quantities show on the statistics page as the full build makes it")
    func theStatisticsOfAnEdit() async throws {
        let site = try TemporarySite(Self.weighedArticles)
        defer { site.remove() }
        // New figures (36 becomes 48, 1,500 tonnes added), a new person, new words, a longer text.
        let pages = try #require(await quickStep(site, writing: "content/b.md", "---\ntitle: 书屋\ndate: 2023-04-01\ntags: [文化]\n---\n\n"
            + "柳河县建成农家书屋48个，王海峰说，书屋是大家的。书架上新添了蝴蝶标本，运来图书1500吨。\n", with: servingBuilder(site)))
        let stats = try #require(pages.first { $0.path == "stats/index.html" })
        #expect(!pages.contains { $0.path == "stats.json" }, "stats.json comes with the full build")
        let page = String(decoding: stats.contents, as: UTF8.self)
        #expect(page.contains("48个") && !page.contains("36个"), "the article's figures are its new ones")
        #expect(page.contains("1500吨"))
        #expect(try await stats.contents == fullBuild(site, "stats/index.html"))
    }

    @Test("with the feed's parts kept, an edit that keeps the article's date gives the feed as the full build makes it")
    func theFeedOfAnEdit() async throws {
        let site = try TemporarySite(Self.articles.merging(["stele.yml": "title: 站\nbaseURL: https://example.org/\n"]) { $1 })
        defer { site.remove() }
        let builder = servingBuilder(site)
        let pages = try #require(await quickStep(site, writing: "content/b.md", "---\ntitle: 新书屋\ndate: 2023-04-01\ntags: [文化]\nauthors: [王海峰]\n---\n\n"
            + "柳河县又建成农家书屋48个，书架上新添了蝴蝶标本。\n", with: builder))
        let feed = try #require(pages.first { $0.path == "feed.xml" })
        let text = String(decoding: feed.contents, as: UTF8.self)
        #expect(text.contains("<title>新书屋</title>") && text.contains("<name>王海峰</name>"))
        #expect(try await feed.contents == fullBuild(site, "feed.xml"))
        // A new date moves the article in the feed: that waits for the full build.
        let moved = try #require(await quickStep(site, writing: "content/b.md", "---\ntitle: 新书屋\ndate: 2023-06-01\n---\n\n新的日期。\n",
                                                 with: builder)).map(\.path)
        #expect(!moved.contains("feed.xml"), "\(moved)")
    }

    @Test("two edits in a row are each counted into the tables the step before left, as the full build counts them")
    func twoEditsInARow() async throws {
        let site = try TemporarySite(Self.weighedArticles)
        defer { site.remove() }
        let builder = servingBuilder(site)
        _ = try #require(await quickStep(site, writing: "content/a.md", "---\ntitle: 渡口\ndate: 2023-05-02\ntags: [交通]\n---\n\n"
            + "2021年3月，青石镇渡口恢复通航，每天运送乘客900人次，船长张立新说，渡口很忙。\n", with: builder))
        // The full build after the step (as `stele serve` makes it) keeps its tables; the next step counts into them.
        let pages = try #require(await quickStep(site, writing: "content/c.md", "---\ntitle: 港口\ndate: 2023-03-01\ntags: [交通]\n---\n\n"
            + "2020年12月，海阳市港口吞吐量达到4.2亿吨，港务局局长陈志刚说，码头还要扩建。\n", with: builder))
        let stats = try #require(pages.first { $0.path == "stats/index.html" })
        #expect(String(decoding: stats.contents, as: UTF8.self).contains("陈志刚"))
        #expect(try await stats.contents == fullBuild(site, "stats/index.html"))
    }

    @Test("an edit that keeps the article's date and tags also gives the pages that list it, as the full build makes them")
    func theListsOfAnEditedArticle() async throws {
        // Two to a page: c, the oldest, is alone on the index's second page; 交通 (a and c) has one page.
        let site = try TemporarySite(Self.articles.merging(["stele.yml": "title: 站\npaginate: 2\n"]) { $1 })
        defer { site.remove() }
        let text = "---\ntitle: 新港口\ndate: 2023-03-01\ntags: [交通]\n---\n\n"
            + "海阳市新港口今年开通了第二条航线，吞吐量再创新高。\n"
        let pages = try #require(await quickStep(site, writing: "content/c.md", text))
        #expect(Set(pages.map(\.path)) == ["articles/c/index.html", "articles/b/index.html", "timeline/index.html",
                                           "page/2/index.html", "tags/jiao-tong/index.html"])
        let full = try await build(site).files
        for page in pages {
            let built = try #require(full.first { $0.path == page.path })
            #expect(page.contents == built.contents, "\(page.path)")
        }
        let index = String(decoding: try #require(pages.first { $0.path == "page/2/index.html" }).contents, as: UTF8.self)
        #expect(index.contains("新港口") && index.contains("海阳市新港口今年开通了第二条航线"))
    }

    @Test("a new date or new tags move an article in the lists: they wait for the full build", arguments: [
        "---\ntitle: 书屋\ndate: 2023-06-01\ntags: [文化]\n---\n\n新的日期。\n",
        "---\ntitle: 书屋\ndate: 2023-04-01\ntags: [文化, 交通]\n---\n\n新的标签。\n",
    ])
    func movedInTheListsWaits(text: String) async throws {
        let site = try TemporarySite(Self.articles)
        defer { site.remove() }
        let before = try await build(site)
        try site.write("content/b.md", text)
        #expect(await edited(["content/b.md"], in: site, after: before)?.map(\.path).filter { !$0.hasPrefix("timeline/") }
                == ["articles/b/index.html"])
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
