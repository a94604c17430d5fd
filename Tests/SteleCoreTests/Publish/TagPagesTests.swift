import Foundation
import Testing
@testable import SteleSite
@testable import SteleText

@Suite struct TagPagesTests {
    @Test(arguments: [
        ("党建", "dang-jian"),
        ("基层组织", "ji-ceng-zu-zhi"),
        ("Party Building", "party-building"),
        ("Ökonomie & Politik", "okonomie-politik"),
        ("二〇二二年", "er-ling-er-er-nian"),
        ("☃☃", "tag"),
    ])
    func slugsArePinyinOrASCII(name: String, slug: String) {
        #expect(Slug.tagSlugs(for: [name])[name] == slug)
    }

    @Test func manyNamesAreSluggedInOneGoWithTheSameResultAsOneByOne() {
        let names = ["党建", "干部", "Party Building", "基层组织"]
        let together = Slug.tagSlugs(for: names)
        for name in names { #expect(together[name] == Slug.tagSlugs(for: [name])[name]) }
    }

    @Test func eachTagHasAPageListingItsArticlesNewestFirst() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let page = try #require(site.text("tags/dang-jian/index.html"))
        #expect(page.contains("<h1 class=\"page-title\">党建 <span class=\"count\">2</span></h1>"))
        let first = try #require(page.range(of: "href=\"/docs/articles/jian-qiang/\""))
        let second = try #require(page.range(of: "href=\"/docs/articles/zu-zhi/\""))
        #expect(first.lowerBound < second.lowerBound)
        #expect(!page.contains("/docs/articles/gan-bu/\""))
        #expect(page.contains("<title>标签: 党建 · 基层党建报道</title>"))
    }

    @Test func theTagIndexListsEveryTagWithItsCountInPinyinOrder() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let index = try #require(site.text("tags/index.html"))
        let expected = [
            ("/docs/tags/dang-jian/", "党建", 2), ("/docs/tags/gan-bu/", "干部", 1),
            ("/docs/tags/ji-ceng-zu-zhi/", "基层组织", 1), ("/docs/tags/party-building/", "Party Building", 1),
        ]
        var last = index.startIndex
        for (url, name, count) in expected {
            let item = "<a class=\"tag\" href=\"\(url)\">\(name) <span class=\"count\">\(count)</span></a>"
            let range = try #require(index.range(of: item), "\(item)")
            #expect(range.lowerBound > last)
            last = range.lowerBound
        }
        // Tags of drafts and future pages make no page.
        #expect(!index.contains("草稿标签") && !index.contains("未来"))
        #expect(!site.paths.contains { $0.hasPrefix("tags/cao-gao") || $0.hasPrefix("tags/wei-lai") })
        // The tag index is in the menu.
        #expect(site.text("index.html")?.contains("<li><a href=\"/docs/tags/\">标签</a></li>") == true)
    }

    @Test func aSiteWithoutTagsLeavesTheTagIndexOutOfTheMenu() async throws {
        let site = try TemporarySite(["stele.yml": "language: zh-CN\n", "content/a.md": "---\ntitle: A\n---\nText.\n"])
        defer { site.remove() }
        let built = try await SiteBuilder(siteDirectory: site.root).build()
        let index = try #require(built.text("index.html"))
        #expect(!index.contains("href=\"/tags/\""))
        #expect(!built.paths.contains { $0.hasPrefix("tags/") })
        #expect(index.contains("<li><a href=\"/timeline/\">时间线</a></li>"))
    }

    @Test func tagsDifferingOnlyInCaseAreOneTag() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let tags = try #require(site.text("tags/party-building/index.html"))
        #expect(tags.contains("Party Building <span class=\"count\">1</span>"))
        // The article lists the tag once.
        let article = try #require(site.text("articles/english/index.html"))
        #expect(article.components(separatedBy: "href=\"/docs/tags/party-building/\"").count == 2)
        #expect(!article.contains(">party building<"))
    }

    @Test func articlesLinkTheirTags() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let article = try #require(site.text("articles/jian-qiang/index.html"))
        #expect(article.contains("<a class=\"tag\" href=\"/docs/tags/dang-jian/\" rel=\"tag\">党建</a>"))
        #expect(article.contains("<a class=\"tag\" href=\"/docs/tags/ji-ceng-zu-zhi/\" rel=\"tag\">基层组织</a>"))
        let index = try #require(site.text("index.html"))
        #expect(index.contains("<a class=\"tag\" href=\"/docs/tags/dang-jian/\">党建</a>"))
    }

    @Test func twoTagsWithOneSlugAreAnErrorNamingBothFiles() async throws {
        let site = try TemporarySite([
            "content/a.md": "---\ntitle: A\ntags: [党建]\n---\n",
            "content/b.md": "---\ntitle: B\ndate: 2020-01-01\ntags: [dang jian]\n---\n",
        ])
        defer { site.remove() }
        let message = await errorText { try await site.build() }
        let problem = "tags 'dang jian' and '党建' would share the slug 'dang-jian' and so one tag page; rename one of them"
        #expect(message == "content/b.md:4: \(problem)\ncontent/a.md:3: \(problem)")
    }
}
