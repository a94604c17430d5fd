import Foundation
import Testing
@testable import SteleSite
@testable import StelePages

/// sitemap.xml against the sitemaps.org 0.9 schema, and robots.txt.
@Suite struct SitemapTests {
    static let namespace = "http://www.sitemaps.org/schemas/sitemap/0.9"
    static let base = "https://example.org/docs/"

    @Test func sitemapFollowsTheSchema() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let urlset = try ParsedXML.parse(try #require(site.files.first { $0.path == "sitemap.xml" }?.contents))
        #expect(urlset.namespace == Self.namespace && urlset.name == "urlset")
        // The schema allows only <url> in <urlset>, and in <url> one <loc> and optional lastmod/changefreq/priority.
        #expect(urlset.children.allSatisfy { $0.namespace == Self.namespace && $0.name == "url" })
        var locations: [String] = []
        for url in urlset.children {
            #expect(url.children.allSatisfy { ["loc", "lastmod", "changefreq", "priority"].contains($0.name) })
            let loc = try #require(url.children("loc", in: Self.namespace).first?.text)
            #expect(url.children("loc", in: Self.namespace).count == 1)
            #expect(loc.hasPrefix(Self.base), "absolute URL: \(loc)")
            #expect(loc.count < 2048)
            for lastmod in url.children("lastmod", in: Self.namespace) {
                #expect(lastmod.text.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil)
            }
            locations.append(loc)
        }
        #expect(Set(locations).count == locations.count, "no URL twice")
        // Every page of the site but the 404 and search pages, and each is a file of the site.
        let pages = site.files.map(\.path).filter { $0.hasSuffix("index.html") && $0 != "search/index.html" }
        #expect(Set(locations) == Set(pages.map { Self.base + $0.dropLast("index.html".count) }))
        #expect(locations.contains(Self.base + "page/2/"))
        #expect(locations.contains(Self.base + "tags/dang-jian/"))
        #expect(!locations.contains { $0.contains("404") || $0.contains("search") })
    }

    @Test func lastmodComesFromTheArticleDate() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let sitemap = try #require(site.text("sitemap.xml"))
        #expect(sitemap.contains("<url><loc>https://example.org/docs/articles/jian-qiang/</loc><lastmod>2022-10-09</lastmod></url>"))
        #expect(sitemap.contains("<url><loc>https://example.org/docs/articles/undated/</loc></url>"))
    }

    /// A sitemap lists 50,000 URLs at most: past that, sitemap.xml is an index of sitemaps that share the
    /// pages in path order. Shown with three pages a sitemap.
    @Test func aSiteOfMorePagesThanASitemapListsGetsAnIndex() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let entries = SitemapWriter.entries(paths: site.files.map(\.path), articles: site.pages)
        let writer = SitemapWriter(urls: URLBuilder(config: site.config), pagesPerFile: 3)
        let files = writer.files(for: entries)
        let index = try ParsedXML.parse(try #require(files.first { $0.path == "sitemap.xml" }?.contents))
        #expect(index.namespace == Self.namespace && index.name == "sitemapindex")
        let parts = files.filter { $0.path != "sitemap.xml" }
        #expect(parts.map(\.path) == (1...parts.count).map { "sitemap-\($0).xml" })
        #expect(parts.count == (entries.count + 2) / 3)
        let named = index.children.map { $0.children("loc", in: Self.namespace).first?.text }
        #expect(named == parts.map { Self.base + $0.path })
        var locations: [String] = []
        for part in parts {
            let urlset = try ParsedXML.parse(part.contents)
            #expect(urlset.name == "urlset" && (1...3).contains(urlset.children.count))
            locations += urlset.children.compactMap { $0.children("loc", in: Self.namespace).first?.text }
        }
        #expect(locations == entries.map(\.path).sorted().map { Self.base + $0 }, "every page once, in path order")
        // Under the limit, the one sitemap it always was.
        #expect(SitemapWriter(urls: URLBuilder(config: site.config)).files(for: entries).map(\.path) == ["sitemap.xml"])
    }

    @Test func robotsNamesTheSitemapOnlyWhenThereIsOne() async throws {
        let hosted = try await Fixture.build("Publish/site-under-sub-path")
        #expect(hosted.text("robots.txt") == "User-agent: *\nDisallow:\n\nSitemap: https://example.org/docs/sitemap.xml\n")
        let bare = try await Fixture.build("Publish/site-under-sub-path", baseURL: "/")
        #expect(bare.text("robots.txt") == "User-agent: *\nDisallow:\n")
        #expect(!bare.paths.contains("sitemap.xml"))
    }
}
