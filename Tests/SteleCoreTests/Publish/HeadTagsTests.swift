import Foundation
import Testing


/// Canonical links, meta descriptions and Open Graph tags in every page's head.
@Suite struct HeadTagsTests {
    @Test func articlesDescribeThemselvesAsArticles() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let page = try #require(site.text("articles/gan-bu/index.html"))
        for tag in [
            "<link rel=\"canonical\" href=\"https://example.org/docs/articles/gan-bu/\">",
            "<meta name=\"description\" content=\"干部队伍建设的十年。\">",
            "<meta property=\"og:site_name\" content=\"基层党建报道\">",
            "<meta property=\"og:title\" content=\"锻造堪当重任的干部队伍\">",
            "<meta property=\"og:type\" content=\"article\">",
            "<meta property=\"og:url\" content=\"https://example.org/docs/articles/gan-bu/\">",
            "<meta property=\"og:description\" content=\"干部队伍建设的十年。\">",
            "<meta property=\"article:published_time\" content=\"2022-09-20\">",
        ] {
            #expect(page.contains(tag), "\(tag)")
        }
    }

    @Test func listPagesAreWebsitesDescribedBySiteDescription() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let index = try #require(site.text("index.html"))
        #expect(index.contains("<meta property=\"og:type\" content=\"website\">"))
        #expect(index.contains("<meta property=\"og:url\" content=\"https://example.org/docs/\">"))
        #expect(index.contains("<meta property=\"og:description\" content=\"用来检查子路径部署的小站。\">"))
        #expect(index.contains("<meta name=\"description\" content=\"用来检查子路径部署的小站。\">"))
        #expect(!index.contains("article:published_time"))
    }

    @Test func titlesInAttributesAreEscaped() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let page = try #require(site.text("articles/english/index.html"))
        #expect(page.contains("<meta property=\"og:title\" content=\"Grassroots &amp; &quot;Party&quot; &lt;Building&gt;\">"))
    }
}
