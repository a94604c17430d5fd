import Foundation
import Testing
@testable import StelePages
@testable import SteleSite

/// The corpus pages keep their shape at a few hundred articles: lists paged with numbered navigation,
/// the timeline an overview of decade pages (and of year pages where a decade is crowded), the statistics page cut to the top of each list, links that
/// resolve, and no HTML page over 300 kB.
@Suite struct LightPagesTests {
    /// How many articles the generated site holds; every one is tagged 通讯, every fifth 要闻.
    static let articleCount = 300

    /// A site of `articleCount` short articles, one a day from 2021 on (after the years they tell of),
    /// with a host so that the sitemap is written.
    static func site(paginate: String? = nil) throws -> TemporarySite {
        var files = ["stele.yml": "title: T\nbaseURL: https://example.org/\n" + (paginate.map { "paginate: \($0)\n" } ?? "")]
        for number in 1...articleCount {
            let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: number,
                                                            to: Date(timeIntervalSince1970: 1_609_459_200))!
            let day = ISO8601DateFormatter.string(from: date, timeZone: .gmt, formatOptions: [.withFullDate])
            let tags = number % 5 == 0 ? "[通讯, 要闻]" : "[通讯]"
            files["content/a\(number).md"] = """
                ---
                title: 第\(number)篇报道
                date: \(day)
                tags: \(tags)
                ---
                \(1990 + number % 30)年\(number % 12 + 1)月，第\(number)个基层党组织在村里成立，党员们走访了\(number)户群众。

                会上，大家讨论了今后的工作安排和组织建设的具体办法。

                """
        }
        return try TemporarySite(files)
    }

    /// The generated site built in memory, as `stele check` does; its folder is removed at once.
    static func built(paginate: String? = nil) async throws -> BuiltSite {
        let site = try site(paginate: paginate)
        defer { site.remove() }
        return try await SiteBuilder(siteDirectory: site.root, now: Fixture.now).build()
    }

    static func html(_ built: BuiltSite, _ path: String) throws -> String {
        let file = try #require(built.files.first { $0.path == path }, "no \(path)")
        return String(decoding: file.contents, as: UTF8.self)
    }

    /// The article links of a list page.
    static func listed(_ html: String) -> Int { html.components(separatedBy: "<h2><a href=").count - 1 }

    @Test func theFrontPageAndTagsArePagedTwentyArticlesAPageByDefault() async throws {
        let built = try await Self.built()
        let paths = Set(built.files.map(\.path))
        #expect(Self.listed(try Self.html(built, "index.html")) == 20)
        #expect(Self.listed(try Self.html(built, "page/15/index.html")) == 20)
        #expect(!paths.contains("page/16/index.html") && !paths.contains("page/1/index.html"))
        // 通讯 has all 300 articles, 要闻 60: 15 and 3 pages.
        #expect(paths.contains("tags/tong-xun/page/15/index.html") && !paths.contains("tags/tong-xun/page/16/index.html"))
        #expect(Self.listed(try Self.html(built, "tags/yao-wen/page/3/index.html")) == 20)
        #expect(!paths.contains("tags/yao-wen/page/4/index.html"))
        #expect(try Self.html(built, "tags/yao-wen/page/2/index.html").contains("<title>Tag: 要闻 · Page 2 · T</title>"))
    }

    @Test func paginateZeroKeepsOnePage() async throws {
        let built = try await Self.built(paginate: "0")
        #expect(Self.listed(try Self.html(built, "index.html")) == Self.articleCount)
        #expect(!built.files.contains { $0.path.hasPrefix("page/") || $0.path.contains("/page/") })
        #expect(!(try Self.html(built, "index.html")).contains("class=\"pagination\""))
    }

    @Test func theNavigationNamesFirstPreviousNearbyNextAndLastPages() async throws {
        let built = try await Self.built()
        let middle = try Self.html(built, "page/8/index.html")
        #expect(middle.contains("<link rel=\"prev\" href=\"/page/7/\">"))
        #expect(middle.contains("<link rel=\"next\" href=\"/page/9/\">"))
        #expect(middle.contains("<a class=\"first\" href=\"/\">"))
        #expect(middle.contains("<a class=\"previous\" rel=\"prev\" href=\"/page/7/\">"))
        #expect(middle.contains("<a class=\"next\" rel=\"next\" href=\"/page/9/\">"))
        #expect(middle.contains("<a class=\"last\" href=\"/page/15/\">"))
        #expect(middle.contains("<a href=\"/page/8/\" aria-current=\"page\" aria-label=\"Page 8\">8</a>"))
        let nav = try #require(middle.components(separatedBy: "<nav class=\"pagination\"").last)
        #expect(nav.components(separatedBy: "aria-current=\"page\"").count == 2)
        #expect(Self.numbers(middle) == ["1", "…", "6", "7", "8", "9", "10", "…", "15"])

        let first = try Self.html(built, "index.html")
        #expect(Self.numbers(first) == ["1", "2", "3", "…", "15"])
        #expect(!first.contains("rel=\"prev\"") && !first.contains("class=\"first\""))
        #expect(first.contains("<link rel=\"next\" href=\"/page/2/\">"))
        let last = try Self.html(built, "tags/tong-xun/page/15/index.html")
        #expect(Self.numbers(last) == ["1", "…", "13", "14", "15"])
        #expect(!last.contains("rel=\"next\"") && !last.contains("class=\"last\""))
        #expect(last.contains("<a class=\"first\" href=\"/tags/tong-xun/\">"))
        #expect(last.contains("<link rel=\"prev\" href=\"/tags/tong-xun/page/14/\">"))
    }

    /// The entries of the numbered navigation, `…` for a gap.
    static func numbers(_ html: String) -> [String] {
        guard let nav = html.components(separatedBy: "<ol>").last?.components(separatedBy: "</ol>").first else { return [] }
        return nav.split(separator: "\n").compactMap { line in
            if line.contains("class=\"gap\"") { return "…" }
            guard let end = line.range(of: "</a>") else { return nil }
            return String(line[..<end.lowerBound].split(separator: ">").last ?? "")
        }
    }

    @Test func theSitemapListsEveryPageAndTheLinksResolve() async throws {
        let built = try await Self.built()
        let sitemap = try Self.html(built, "sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/page/15/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/tags/yao-wen/page/3/</loc>"))
        let report = LinkChecker(site: built).check()
        #expect(report.problems.isEmpty, "\(report.problems.map(\.description).prefix(5))")
    }

    @Test func aTimelineOfManyEventsIsAnOverviewOfDecadePages() async throws {
        let built = try await Self.built()
        let overview = try Self.html(built, "timeline/index.html")
        #expect(!overview.contains("class=\"timeline-event "))
        for decade in [1990, 2000, 2010] {
            #expect(overview.contains("<a class=\"timeline-nav-decade\" href=\"/timeline/decades/\(decade)/\">"))
        }
        #expect(overview.contains("<a href=\"/timeline/decades/1990/#y1994\">1994</a>"))
        #expect(overview.contains("<rect class=\"timeline-axis-mark\""))
        #expect(!built.files.contains { $0.path == "timeline/decades/1980/index.html" })
        // The filter list names 20 of the 300 articles and says why, so it does not grow with the site.
        let filters = overview.components(separatedBy: "<details class=\"timeline-filter\"")[1]
            .components(separatedBy: "</details>")[0]
        #expect(filters.components(separatedBy: "<li>").count - 1 == 1 + TimelinePage.overviewFilterLimit)
        #expect(filters.contains("<p class=\"timeline-filter-note\">The 20 articles with the most events;"))

        // Each article's year is 1990 + its number % 30: ten articles a year, a hundred a decade.
        let decade = try Self.html(built, "timeline/decades/2000/index.html")
        #expect(decade.components(separatedBy: "<li class=\"timeline-event ").count - 1 == 100)
        #expect(decade.contains("<p class=\"kicker\"><a href=\"/timeline/\">"))
        #expect(decade.contains("<a class=\"timeline-nav-decade\" href=\"#d2000\">"))
        // Anchors count in the whole timeline, so the first event of the 2000s is not event-1.
        #expect(!decade.contains("id=\"event-1\"") && decade.contains("id=\"event-101\""))
        #expect(decade.contains("<a href=\"#event-101\">"))
    }

    /// How many articles the eventful site holds.
    static let eventfulCount = 250

    /// A site of `eventfulCount` articles with two events each, one in 2015 and one in 2010–2014 (fifty a
    /// year), and every fifth article a third in 1990 or 1995: the 2010s, with 500 events, and 2015
    /// alone, with 250, are each more than one page holds; the 1990s, with 50, are not.
    static func eventfulSite() throws -> TemporarySite {
        var files = ["stele.yml": "title: T\nbaseURL: https://example.org/\n"]
        for number in 1...eventfulCount {
            let month = number % 12 + 1
            var text = """
                2015年\(month)月，第\(number)个基层党组织在村里成立，党员们走访了\(number)户群众。

                \(2010 + number % 5)年\(month)月，第\(number)支志愿服务队在社区成立，队员们帮助了\(number)户居民。

                """
            if number % 5 == 0 {
                text += "\n\(1990 + number % 10)年\(month)月，第\(number)所村小学建成，孩子们搬进了新教室。\n"
            }
            files["content/a\(number).md"] = "---\ntitle: 第\(number)篇报道\ndate: 2022-01-01\n---\n" + text
        }
        return try TemporarySite(files)
    }

    static func builtEventful() async throws -> BuiltSite {
        let site = try eventfulSite()
        defer { site.remove() }
        return try await SiteBuilder(siteDirectory: site.root, now: Fixture.now).build()
    }

    /// The events a timeline page lists.
    static func events(_ html: String) -> Int { html.components(separatedBy: "<li class=\"timeline-event ").count - 1 }

    /// The site-relative paths of the timeline pages `html` links to, fragments dropped; article timelines
    /// (`/timeline/<slug>/`) left out, since they number their events for themselves.
    static func timelineLinks(_ html: String) -> Set<String> {
        Set(html.components(separatedBy: "href=\"/timeline/").dropFirst().compactMap { rest -> String? in
            let link = "timeline/" + rest.prefix { $0 != "\"" && $0 != "#" }
            let isShared = link == "timeline/" || link.hasPrefix("timeline/decades/") || link.hasPrefix("timeline/years/")
            return isShared ? link + "index.html" : nil
        })
    }

    @Test func aCrowdedDecadeListsItsYearsEachOnPagesOfAtMostTheLimit() async throws {
        let built = try await Self.builtEventful()
        let paths = Set(built.files.map(\.path))
        let overview = try Self.html(built, "timeline/index.html")
        #expect(overview.contains("<a class=\"timeline-nav-decade\" href=\"/timeline/decades/2010/\">"))
        // A year of a crowded decade links its own page, bar and index alike; a year of a light one its
        // place on the decade's page, as before.
        #expect(overview.contains("<a href=\"/timeline/years/2015/\">2015</a> <span class=\"timeline-count\">250</span>"))
        #expect(overview.contains("<a href=\"/timeline/years/2015/\"><title>2015: 250 events</title>"))
        #expect(overview.contains("<a href=\"/timeline/decades/1990/#y1995\">1995</a>"))

        let decade = try Self.html(built, "timeline/decades/2010/index.html")
        #expect(Self.events(decade) == 0)
        #expect(decade.contains("This decade has many events, so each year has its own page: pick a year."))
        for year in 2010...2014 {
            #expect(decade.contains("<a href=\"/timeline/years/\(year)/\">\(year)</a> <span class=\"timeline-count\">50</span>"))
        }
        #expect(Self.events(try Self.html(built, "timeline/decades/1990/index.html")) == 50)
        #expect(!paths.contains("timeline/years/1995/index.html"))

        // 250 events in 2015: a page of 200 and one of 50, with numbered navigation, earliest first.
        let first = try Self.html(built, "timeline/years/2015/index.html")
        let second = try Self.html(built, "timeline/years/2015/page/2/index.html")
        #expect(Self.events(first) == TimelinePage.pageLimit && Self.events(second) == 50)
        #expect(!paths.contains("timeline/years/2015/page/3/index.html"))
        #expect(first.contains("<link rel=\"next\" href=\"/timeline/years/2015/page/2/\">"))
        #expect(first.contains("<a class=\"next\" rel=\"next\" href=\"/timeline/years/2015/page/2/\">Later →</a>"))
        #expect(second.contains("<title>Timeline: 2015 · Page 2 · T</title>"))
        #expect(second.contains("<a class=\"previous\" rel=\"prev\" href=\"/timeline/years/2015/\">← Earlier</a>"))
        #expect(second.contains("<p class=\"kicker\"><a href=\"/timeline/\">Timeline</a> · <a href=\"/timeline/decades/2010/\">2010s</a></p>"))
        let year = try Self.html(built, "timeline/years/2012/index.html")
        #expect(Self.events(year) == 50 && !year.contains("class=\"pagination\""))

        let timeline = built.files.filter { $0.path.hasPrefix("timeline/") && $0.path.hasSuffix(".html") }
        let crowded = timeline.filter { Self.events(String(decoding: $0.contents, as: UTF8.self)) > TimelinePage.pageLimit }
        #expect(crowded.isEmpty, "\(crowded.map(\.path))")
        let heavy = timeline.filter { $0.contents.count > 300_000 }
        #expect(heavy.isEmpty, "\(heavy.map { "\($0.path): \($0.contents.count) bytes" })")
    }

    @Test func everyEventIsReachableFromTheOverviewAndEveryLinkLands() async throws {
        let built = try await Self.builtEventful()
        // Following links from the overview reaches every event of the timeline once, by its anchor.
        var seen: Set<String> = [], queue = ["timeline/index.html"], anchors: [String] = []
        while let path = queue.popLast() {
            guard seen.insert(path).inserted else { continue }
            let html = try Self.html(built, path)
            anchors += html.components(separatedBy: "<li class=\"timeline-event ").dropFirst().compactMap { item in
                item.components(separatedBy: "id=\"").dropFirst().first?.components(separatedBy: "\"").first
            }
            queue += Self.timelineLinks(html).subtracting(seen)
        }
        let total = try Self.html(built, "timeline.json").components(separatedBy: "\"start\":").count - 1
        #expect(total == 2 * Self.eventfulCount + Self.eventfulCount / 5)
        #expect(anchors.count == total && Set(anchors) == Set((1...total).map { "event-\($0)" }))

        // An article's page links its own timeline, which lists its events; every link and anchor of the
        // site, the overview's years and bars among them, lands where it points.
        let article = try Self.html(built, "articles/a5/index.html")
        #expect(article.contains("href=\"/timeline/a5/\""))
        #expect(Self.events(try Self.html(built, "timeline/a5/index.html")) == 3)
        let report = LinkChecker(site: built).check()
        #expect(report.problems.isEmpty, "\(report.problems.map(\.description).prefix(5))")
    }

    @Test func anArticleOfVeryManyEventsHasItsTimelineOnPagesOfAtMostTheLimit() async throws {
        let text = (1...250).map { "\(1750 + $0)年\($0 % 12 + 1)月，第\($0)座石桥在河上建成，村民们从此方便了出行。" }
        let site = try TemporarySite([
            "stele.yml": "title: T\nbaseURL: https://example.org/\n",
            "content/bridges.md": "---\ntitle: 石桥\ndate: 2022-01-01\n---\n" + text.joined(separator: "\n\n") + "\n",
            "content/other.md": "---\ntitle: 另一篇\ndate: 2022-01-02\n---\n2015年3月，村里修了路。\n",
        ])
        defer { site.remove() }
        let built = try await SiteBuilder(siteDirectory: site.root, now: Fixture.now).build()
        let first = try Self.html(built, "timeline/bridges/index.html")
        let second = try Self.html(built, "timeline/bridges/page/2/index.html")
        #expect(Self.events(first) == TimelinePage.pageLimit && Self.events(second) == 50)
        #expect(!built.files.contains { $0.path == "timeline/bridges/page/3/index.html" })
        #expect(first.contains("<link rel=\"next\" href=\"/timeline/bridges/page/2/\">"))
        // Anchors count on over the pages, so each names one event of the article.
        #expect(second.contains("id=\"event-201\"") && !second.contains("id=\"event-1\""))
        #expect(Self.events(try Self.html(built, "timeline/other/index.html")) == 1)
        let report = LinkChecker(site: built).check()
        #expect(report.problems.isEmpty, "\(report.problems.map(\.description).prefix(5))")
    }

    @Test func theSearchPageListsTheNewestPageOfArticlesAndLinksTheRest() async throws {
        let built = try await Self.built()
        let search = try Self.html(built, "search/index.html")
        #expect(Self.listed(search) == 20)
        #expect(search.contains("<h2 id=\"all-articles-title\">Newest articles</h2>"))
        #expect(search.contains("<p class=\"more-articles\"><a href=\"/page/2/\">"))
        #expect(search.contains("<noscript><p class=\"notice\">Searching needs JavaScript, which is off. The newest articles are listed below.</p></noscript>"))
        // With one page for all, the search page lists them all too.
        let whole = try Self.html(try await Self.built(paginate: "0"), "search/index.html")
        #expect(Self.listed(whole) == Self.articleCount && !whole.contains("more-articles"))
    }

    /// The list and timeline pages; the statistics page (375 kB here) is still one page of every figure.
    @Test func noHTMLPageIsOver300kB() async throws {
        let built = try await Self.built()
        let pages = built.files.filter { $0.path.hasSuffix(".html") }
        #expect(pages.count > 600)
        let heavy = pages.filter { $0.contents.count > 300_000 }
        #expect(heavy.isEmpty, "\(heavy.map { "\($0.path): \($0.contents.count) bytes" })")
    }

    @Test func theStatisticsPageShowsTheTopOfEachListAndSaysWhereTheRestIs() async throws {
        let built = try await Self.built()
        let stats = try Self.html(built, "stats/index.html")
        // The articles table: its row headers link to the articles (the charts' data tables do not).
        let articleRows = stats.components(separatedBy: "<th scope=\"row\"><a href=").count - 1
        #expect(articleRows == 50, "the longest 50 of 300 articles")
        #expect(stats.contains("The first 50 of 300; stats.json has them all."))
        let json = try Self.html(built, "stats.json")
        #expect(json.components(separatedBy: "\"distinctiveWords\"").count - 1 == 300, "stats.json keeps every article")
    }
}

/// Which page numbers the navigation shows, and where it elides.
@Suite struct PagerTests {
    @Test(arguments: [
        (1, 1, "1"), (1, 5, "1 2 3 4 5"), (4, 7, "1 2 3 4 5 6 7"), (1, 15, "1 2 3 … 15"),
        (5, 15, "1 2 3 4 5 6 7 … 15"), (8, 15, "1 … 6 7 8 9 10 … 15"), (15, 15, "1 … 13 14 15"),
    ])
    func shownNumbers(number: Int, total: Int, expected: String) {
        let shown = Pager.shownNumbers(number: number, total: total).map { $0.map(String.init) ?? "…" }
        #expect(shown.joined(separator: " ") == expected)
    }

    @Test func pagesLiveUnderTheirFolder() {
        let pager = Pager(folder: "tags/x/", size: 2)
        #expect(pager.path(forPage: 1) == "tags/x/" && pager.path(forPage: 3) == "tags/x/page/3/")
        #expect(pager.chunks(of: [1, 2, 3, 4, 5]).map(Array.init) == [[1, 2], [3, 4], [5]])
        #expect(Pager(folder: "", size: 0).chunks(of: [1, 2, 3]).map(Array.init) == [[1, 2, 3]])
        #expect(Pager(folder: "", size: 2).chunks(of: [Int]()).count == 1)
    }
}
