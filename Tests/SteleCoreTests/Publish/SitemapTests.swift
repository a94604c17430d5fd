import Foundation
import Testing


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

    @Test func robotsNamesTheSitemapOnlyWhenThereIsOne() async throws {
        let hosted = try await Fixture.build("Publish/site-under-sub-path")
        #expect(hosted.text("robots.txt") == "User-agent: *\nDisallow:\n\nSitemap: https://example.org/docs/sitemap.xml\n")
        let bare = try await Fixture.build("Publish/site-under-sub-path", baseURL: "/")
        #expect(bare.text("robots.txt") == "User-agent: *\nDisallow:\n")
        #expect(!bare.paths.contains("sitemap.xml"))
    }
}
