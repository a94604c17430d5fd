import Foundation
import Testing
@testable import StelePages

/// What a reader sees on an article page beyond its text: how long it takes to read, its events on the
/// timeline, the newer and older article; and what every page shares: a favicon, labelled search fields.
@Suite struct ArticlePageTests {
    /// Three articles, newest first on the index: c (no dates in it), b (two dated events), a.
    func site(language: String = "zh-CN") throws -> TemporarySite {
        try TemporarySite([
            "stele.yml": "title: T\nlanguage: \(language)\nbaseURL: /docs/\n",
            "content/a.md": "---\ntitle: 甲文\ndate: 2022-01-01\n---\n" + String(repeating: "字", count: 900) + "。\n",
            "content/b.md": "---\ntitle: 乙文\ndate: 2022-02-01\n---\n1949年10月1日，中华人民共和国成立。\n\n1978年12月，改革开放开始。\n",
            "content/c.md": "---\ntitle: 丙文\ndate: 2022-03-01\n---\n没有日期的文字。\n",
        ])
    }

    @Test func anArticleSaysHowLongItTakesToRead() async throws {
        let site = try site()
        defer { site.remove() }
        try await site.build()
        // 900 characters at 400 a minute: 3 minutes, rounded up.
        #expect(try site.read("output/articles/a/index.html").contains("<span class=\"reading-time\">约 3 分钟读完</span>"))
        #expect(try site.read("output/articles/c/index.html").contains("<span class=\"reading-time\">约 1 分钟读完</span>"))
    }

    @Test func englishReadingTimeCountsWords() async throws {
        let site = try TemporarySite([
            "stele.yml": "title: T\nlanguage: en\n",
            "content/e.md": "---\ntitle: E\n---\n" + Array(repeating: "word", count: 500).joined(separator: " ") + ".\n",
        ])
        defer { site.remove() }
        try await site.build()
        // 500 words at 238 a minute: 3 minutes, rounded up.
        #expect(try site.read("output/articles/e/index.html").contains("<span class=\"reading-time\">3 min read</span>"))
    }

    @Test func anArticleWithEventsLinksItsTimelineAndOnlyThen() async throws {
        let site = try site()
        defer { site.remove() }
        try await site.build()
        let b = try site.read("output/articles/b/index.html")
        #expect(b.contains("<a class=\"article-timeline\" href=\"/docs/timeline/b/\">本文在时间线上的事件（2）</a>"))
        #expect(site.exists("output/timeline/b/index.html"))
        #expect(!(try site.read("output/articles/c/index.html")).contains("article-timeline"))
    }

    @Test func previousAndNextFollowTheIndexOrder() async throws {
        let site = try site()
        defer { site.remove() }
        try await site.build()
        let newest = try site.read("output/articles/c/index.html")
        #expect(!newest.contains("rel=\"prev\""))
        #expect(newest.contains("<a class=\"article-nav-next\" rel=\"next\" href=\"/docs/articles/b/\"><span class=\"article-nav-label\">下一篇</span> 乙文</a>"))
        let middle = try site.read("output/articles/b/index.html")
        #expect(middle.contains("rel=\"prev\" href=\"/docs/articles/c/\""))
        #expect(middle.contains("rel=\"next\" href=\"/docs/articles/a/\""))
        let oldest = try site.read("output/articles/a/index.html")
        #expect(oldest.contains("rel=\"prev\" href=\"/docs/articles/b/\"") && !oldest.contains("rel=\"next\""))
    }

    @Test func aSiteOfOneArticleHasNoArticleNavigation() async throws {
        let site = try TemporarySite(["stele.yml": "title: T\n", "content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        try await site.build()
        #expect(!(try site.read("output/articles/a/index.html")).contains("article-nav"))
    }

    @Test func everyPageLinksTheFaviconUnderTheBasePath() async throws {
        let site = try site()
        defer { site.remove() }
        try await site.build()
        #expect(try site.read("output/static/favicon.svg").hasPrefix("<svg"))
        for page in ["index.html", "articles/a/index.html", "timeline/index.html", "stats/index.html", "search/index.html", "404.html"] {
            #expect(try site.read("output/" + page).contains("<link rel=\"icon\" href=\"/docs/static/favicon.svg\" type=\"image/svg+xml\">"), "\(page)")
        }
    }

    @Test func everyFormFieldHasALabel() async throws {
        let site = try site()
        defer { site.remove() }
        try await site.build()
        for page in ["index.html", "articles/a/index.html", "stats/index.html", "search/index.html", "404.html"] {
            let html = try site.read("output/" + page)
            // Each field inside its label, the label's text for screen readers: no hidden label tied by for=.
            let inputs = html.matches(of: /<input[^>]*>/).count
            let labelled = html.matches(of: /<label class="search-field"><span class="visually-hidden">[^<]+<\/span><input [^>]*><\/label>/).count
            #expect(inputs > 0 && labelled == inputs, "\(page): \(inputs - labelled) inputs without a label around them")
            #expect(!html.contains("<label class=\"visually-hidden\" for="))
        }
    }
}
