import Foundation
import Testing
@testable import SteleSite

/// The timeline as `stele build` writes it, from a small site made of the fixtures.
@Suite struct TimelinePageTests {
    /// A site with `stele.yml` and the given fixtures as its content.
    private func site(_ fixtures: [String], config: String) throws -> TemporarySite {
        let site = try TemporarySite(["stele.yml": config])
        for fixture in fixtures {
            try site.write("content/\(fixture.split(separator: "/").last ?? "").md",
                           Data(contentsOf: TimelineFixtures.folder.appendingPathComponent("\(fixture).md")))
        }
        return site
    }

    /// The built site's files by path, as text; nothing is written.
    private func build(_ fixtures: [String], config: String) async throws -> [String: String] {
        let site = try site(fixtures, config: config)
        defer { site.remove() }
        let built = try await SiteBuilder(siteDirectory: site.root).build()
        return Dictionary(built.files.map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) }) { $1 }
    }

    private let chineseSite = "title: 示例\nlanguage: zh-CN\nbaseURL: https://example.org/docs/\n"

    @Test func writesThePageOneFilteredPagePerArticleAndTheJSON() async throws {
        let files = try await build(["ranges", "lists", "seasons"], config: chineseSite)
        for path in ["timeline/index.html", "timeline/ranges/index.html", "timeline/lists/index.html",
                     "timeline/seasons/index.html", "timeline.json"] {
            #expect(files[path] != nil, "missing \(path)")
        }
        let json = try #require(files["timeline.json"])
        #expect(json.contains(#"{"start":"2016-10-10","end":"2016-10-11","precision":"day","text":"全国国有企业党的建设工作会议在北京召开","article":"时间范围","url":"/docs/articles/ranges/#p-1"}"#))
        #expect(json.contains(#"{"start":"1943","precision":"season","season":"spring","#))
    }

    @Test func entriesShowDateRangeHeadlineArticleAndLinkToTheParagraph() async throws {
        let page = try #require(try await build(["ranges", "lists"], config: chineseSite)["timeline/index.html"])
        #expect(page.contains(#"<time datetime="2016-10-10">10月10日</time><span class="timeline-range">至</span><time datetime="2016-10-11">11日</time>"#))
        #expect(page.contains(#"<time datetime="2021-06">6月</time><span class="timeline-range">至</span><time datetime="2021-12">12月</time>"#))
        #expect(page.contains(#"<time datetime="2020-01-20">1月20日</time><span class="timeline-range">至</span><time datetime="2020-02-10">2月10日</time>"#))
        #expect(page.contains(#"<p class="timeline-headline"><a href="/docs/articles/ranges/#p-1">全国国有企业党的建设工作会议在北京召开</a></p>"#))
        #expect(page.contains(#"<span class="visually-hidden">出自 </span>时间范围</p>"#))
        #expect(page.contains(#"<a href="/docs/timeline/" aria-current="page">时间线</a>"#))
    }

    @Test func groupedByYearWithDecadeAndYearNavigation() async throws {
        let page = try #require(try await build(["ranges", "seasons"], config: chineseSite)["timeline/index.html"])
        #expect(page.contains(##"<a class="timeline-nav-decade" href="#d1940">1940年代</a>"##))
        #expect(page.contains(##"<li><a href="#y1943">1943</a></li>"##))
        #expect(page.contains(#"<section class="timeline-year" id="y2016" aria-labelledby="y2016-title">"#))
        #expect(page.contains(#"<h3 class="timeline-year-title" id="y2016-title">2016年</h3>"#))
        // Years in order, each once; a decade of one year (the 1940s) is headed by that year alone.
        let years = page.matches(of: /<h3 class="timeline-year-title" id="y(\d+)-title">/).map { Int($0.1) ?? 0 }
        #expect(years == [2014, 2016, 2019, 2020, 2021])
        #expect(page.contains(#"<h2 class="timeline-decade-title" id="d1940-title">1943年</h2>"#))
        #expect(page.contains(#"<section class="timeline-year" id="y1943">"#))
        #expect(!page.contains("1940年代</h2>"))
    }

    @Test func filteringByArticleWorksWithoutJavaScript() async throws {
        let files = try await build(["ranges", "lists"], config: chineseSite)
        let all = try #require(files["timeline/index.html"])
        let lists = try #require(files["timeline/lists/index.html"])
        #expect(all.contains(#"<li><a href="/docs/timeline/lists/">列举</a> <span class="timeline-count">5</span></li>"#))
        #expect(lists.contains(#"<li><a href="/docs/timeline/lists/" aria-current="page">列举</a> <span class="timeline-count">5</span></li>"#))
        #expect(lists.contains("<h1 class=\"page-title\">时间线：《列举》</h1>"))
        #expect(lists.contains("/docs/articles/lists/#p-1"))
        #expect(!lists.contains("/docs/articles/ranges/#"))
        #expect(!all.contains("<script"))
    }

    @Test func pagesAreWellFormed() async throws {
        let files = try await build(["ranges", "lists", "seasons", "frontmatter-events"], config: chineseSite)
        for (path, html) in files where path.hasPrefix("timeline/") {
            #expect(HTMLShape.problems(in: html) == [], "\(path)")
        }
    }

    @Test func sameInputSameBytes() async throws {
        let first = try await build(["ranges", "lists", "seasons"], config: chineseSite)
        let second = try await build(["ranges", "lists", "seasons"], config: chineseSite)
        #expect(first["timeline.json"] == second["timeline.json"])
        #expect(first["timeline/index.html"] == second["timeline/index.html"])
    }

    @Test func englishSite() async throws {
        let page = try #require(try await build(["ranges"], config: "title: Demo\nlanguage: en\n")["timeline/index.html"])
        #expect(page.contains("6 events from 1 article"))
        #expect(page.contains(#"<time datetime="2016-10-10">10 October</time><span class="timeline-range">–</span><time datetime="2016-10-11">11 October</time>"#))
        #expect(page.contains(##"<a class="timeline-nav-decade" href="#d2010">2010s</a>"##))
    }

    @Test func anEventDatedByItsYearAloneRepeatsNoDate() async throws {
        let page = try #require(try await build(["years"], config: chineseSite)["timeline/index.html"])
        #expect(page.contains(#"<li class="timeline-event timeline-year" id="event-1">"#))
        #expect(!page.contains(#"<p class="timeline-date"><time datetime="1996">"#))
        #expect(page.contains(#"<a href="/docs/articles/years/#p-1">"#))
    }

    @Test func theAxisHasOneLinkPerEventToItsEntry() async throws {
        let page = try #require(try await build(["ranges", "lists", "seasons"], config: chineseSite)["timeline/index.html"])
        let events = page.matches(of: /<li class="timeline-event [^"]*" id="(event-\d+)">/).map { String($0.1) }
        let links = page.matches(of: /<a href="#(event-\d+)"><title>[^<]+<\/title><circle class="timeline-axis-mark"/).map { String($0.1) }
        #expect(!events.isEmpty)
        #expect(links == events, "one dot per event, in the same order")
        #expect(page.contains(#"<svg class="timeline-axis" aria-labelledby="timeline-axis-title""#))
        #expect(page.contains(#"<title id="timeline-axis-title">各年份的事件：每个点是一条事件，点击跳到该条。</title>"#))
        #expect(page.contains(##"<a href="#event-1"><title>1943年春 "##), "the dot is named by its date and headline")
        #expect(!page.contains("<script"))
    }

    @Test func noEventsSaysSo() async throws {
        let page = try #require(try await build(["periods-and-ages"], config: chineseSite)["timeline/index.html"])
        #expect(page.contains("<p>还没有带日期的事件。</p>"))
    }

    @Test func wrongFrontmatterStopsTheBuildNamingTheFile() async throws {
        let site = try site(["errors/exclude-matches-nothing"], config: chineseSite)
        defer { site.remove() }
        let message = await errorText { try await site.build() }
        #expect(message?.hasPrefix(
            "content/exclude-matches-nothing.md:3: frontmatter 'timeline_exclude' entry '1999' matches no event") == true)
        #expect(!site.exists("output"))
    }

    @Test func theShapeCheckCatchesBrokenHTML() {
        #expect(HTMLShape.problems(in: #"<p id="a"><em>x</p><p id="a"><br></p>"#) == [
            "</p> closes <em>", "id a is used twice", "never closed: p, em",
        ])
    }
}
