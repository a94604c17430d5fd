import Foundation
import Testing


@Suite struct IndexPagesTests {
    func site(articles: Int, paginate: String?) throws -> TemporarySite {
        var files = ["stele.yml": "title: T\n" + (paginate.map { "paginate: \($0)\n" } ?? "")]
        for number in 1...articles {
            files["content/a\(number).md"] = "---\ntitle: Article \(number)\ndate: 2022-01-\(10 + number)\n---\nText.\n"
        }
        return try TemporarySite(files)
    }

    /// The article titles listed on an index page, in order.
    func titles(_ html: String) -> [String] {
        html.split(separator: "<h2><a href=").dropFirst().compactMap { part in
            part.split(separator: ">").dropFirst().first.map { String($0.prefix { $0 != "<" }) }
        }
    }

    @Test func paginateSplitsTheIndexIntoLinkedPages() async throws {
        let site = try site(articles: 5, paginate: "2")
        defer { site.remove() }
        try await site.build()
        #expect(titles(try site.read("output/index.html")) == ["Article 5", "Article 4"])
        #expect(titles(try site.read("output/page/2/index.html")) == ["Article 3", "Article 2"])
        #expect(titles(try site.read("output/page/3/index.html")) == ["Article 1"])
        #expect(!site.exists("output/page/4") && !site.exists("output/page/1"))

        let first = try site.read("output/index.html")
        #expect(first.contains("<a class=\"next\" rel=\"next\" href=\"/page/2/\">"))
        #expect(!first.contains("rel=\"prev\""))
        let middle = try site.read("output/page/2/index.html")
        #expect(middle.contains("<a class=\"previous\" rel=\"prev\" href=\"/\">"))
        #expect(middle.contains("<a class=\"next\" rel=\"next\" href=\"/page/3/\">"))
        #expect(middle.contains("<a href=\"/page/2/\" aria-current=\"page\" aria-label=\"Page 2\">2</a>"))
        #expect(middle.contains("<title>T · Page 2</title>"))
        #expect(middle.contains("<link rel=\"canonical\" href=\"/page/2/\">"))
        let last = try site.read("output/page/3/index.html")
        #expect(last.contains("rel=\"prev\" href=\"/page/2/\"") && !last.contains("rel=\"next\""))
    }

    @Test func withoutPaginateEveryArticleIsOnTheFrontPage() async throws {
        let site = try site(articles: 5, paginate: nil)
        defer { site.remove() }
        try await site.build()
        #expect(titles(try site.read("output/index.html")).count == 5)
        #expect(!site.exists("output/page"))
        #expect(!(try site.read("output/index.html")).contains("class=\"pagination\""))
    }

    @Test func aSiteThatFitsOnOnePageHasNoPageLinks() async throws {
        let site = try site(articles: 2, paginate: "2")
        defer { site.remove() }
        try await site.build()
        #expect(!(try site.read("output/index.html")).contains("class=\"pagination\""))
        #expect(!site.exists("output/page"))
    }

    @Test func paginateMustBeAWholeNumber() async throws {
        for value in ["two", "-1", "1.5"] {
            let site = try site(articles: 1, paginate: value)
            defer { site.remove() }
            let message = await errorText { try await site.build() }
            #expect(message?.hasPrefix("stele.yml:2:") == true, "\(value): \(message ?? "built")")
            #expect(message?.contains("'paginate' must be a whole number") == true)
        }
    }
}
