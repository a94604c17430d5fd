import Foundation
import Testing
@testable import StelePages
@testable import SteleText
@testable import SteleSite

@Suite struct SearchTests {
    @Test func theIndexHoldsEveryHanCharacterAndPairAndOtherWordsLowerCased() {
        #expect(SearchTerms.indexTerms(in: "基层党建") == ["基", "基层", "层", "层党", "党", "党建", "建"])
        #expect(SearchTerms.indexTerms(in: "党，建") == ["党", "建"])
        #expect(SearchTerms.indexTerms(in: "以来 Party-Building 2022年") == ["以", "以来", "来", "party", "building", "2022", "年"])
        #expect(SearchTerms.indexTerms(in: "  ，。") == [])
    }

    @Test func aQueryIsWordsEachMadeOfTheTermsAPageMustHold() {
        let words = SearchTerms.words(in: "基层党建 医 Party 党建党建 医")
        #expect(words.map(\.text) == ["基层党建", "医", "party", "党建党建"])
        #expect(words.map(\.terms) == [["基层", "层党", "党建"], ["医"], ["party"], ["党建", "建党"]])
        #expect(SearchTerms.words(in: "，。 ").isEmpty)
    }

    /// The fixture site's index, as the search page makes it.
    static func index(_ site: BuiltSite) -> SearchIndex {
        let urls = URLBuilder(config: site.config)
        return SearchIndex(documents: site.pages.map { SearchDocument(page: $0, url: urls.url($0.path),
                                                               tags: $0.page.frontmatter.tags.map { .init(name: $0, url: "") }) })
    }

    @Test func theIndexFindsChinesePagesBestFirst() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let index = Self.index(site)
        // In a title counts more than in the text.
        #expect(index.search("干部").map(\.title).first == "锻造堪当重任的干部队伍")
        #expect(index.search("组织体系").map(\.title).first == "组织建设综述")
        #expect(index.search("english").map(\.title) == ["Grassroots & \"Party\" <Building>"])
        #expect(index.search("不存在的词语").isEmpty)
        // Text in tight lists and headings is indexed too, not only paragraphs.
        #expect(index.search("列表中的").map(\.title) == ["组织建设综述"])
        #expect(index.search("推动基层组织全面进步").map(\.title).first == "建强战斗堡垒 夯实执政之基")
        // A single character is found by itself, not only inside the pairs around it.
        #expect(index.search("党").count >= 2)
        // Every pair of a word must be there: 组织 and 建设 are, 组织建设 only where they meet.
        #expect(Set(index.search("组织建设").map(\.title)).isSubset(of: Set(index.search("组织").map(\.title))))
        // Pages matching more of the query's words come first.
        let both = index.search("干部 english")
        #expect(both.count == index.search("干部").count + 1)
    }

    @Test func theIndexFilesAreValidEscapedAndNamedByTheManifest() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let manifestText = try #require(site.text("search/index.json"))
        let manifest = try #require(try JSONSerialization.jsonObject(with: Data(manifestText.utf8)) as? [String: Any])
        #expect(manifest["version"] as? Int == 1)
        #expect(manifest["docs"] as? Int == site.pages.count)
        let shards = try #require(manifest["shards"] as? Int)
        for shard in 0..<shards {
            let text = try #require(site.text("search/terms/\(shard).json"), "shard \(shard)")
            let terms = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: [Int]])
            #expect(terms.values.allSatisfy { $0.count % 2 == 0 })
            #expect(terms.keys.allSatisfy { SearchHash.shard(of: $0, count: shards) == shard })
        }
        #expect(site.text("search/terms/\(shards).json") == nil)
        let first = try #require(site.text("search/docs/0.json"))
        let fragment = try #require(try JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any])
        #expect(fragment["url"] as? String == "/docs/articles/jian-qiang/")
        #expect(fragment["date"] as? String == "2022-10-09")
        #expect((fragment["tags"] as? [[String]])?.first == ["党建", "/docs/tags/dang-jian/"])
        #expect((fragment["text"] as? [String])?.first == "党的力量来自组织。")
        let english = try #require(site.files.first {
            $0.path.hasPrefix("search/docs/") && String(decoding: $0.contents, as: UTF8.self).contains("Grassroots")
        })
        // No raw <, > or & even though a title has them, so the JSON is safe anywhere.
        let text = String(decoding: english.contents, as: UTF8.self)
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        #expect(site.text("search.json") == nil, "the single whole index is gone")
    }

    @Test func theSearchPageWorksWithoutJavaScriptAndLoadsTheScript() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let page = try #require(site.text("search/index.html"))
        #expect(page.contains("<noscript><p class=\"notice\">搜索需要 JavaScript，而它已被关闭。下面列出了最新的文章。</p></noscript>"))
        // The newest articles listed, a front page's worth (paginate: 2), for readers without JavaScript,
        // and a link to the front page's next page for the older ones.
        for article in site.pages.prefix(2) { #expect(page.contains("href=\"/docs/\(article.path)\""), "\(article.path)") }
        #expect(!page.contains("href=\"/docs/\(site.pages[2].path)\""))
        #expect(page.contains("<p class=\"more-articles\"><a href=\"/docs/page/2/\">更早的文章，逐页浏览 →</a></p>"))
        #expect(page.contains("data-index=\"/docs/search/index.json\""))
        #expect(page.contains("<script src=\"/docs/static/search.js\" defer></script>"))
        #expect(site.paths.contains("static/search.js"))
        // Every page has the search form in its header.
        #expect(site.text("articles/gan-bu/index.html")?.contains(
            "<form class=\"site-search\" role=\"search\" action=\"/docs/search/\" method=\"get\">") == true)
    }

    @Test func theScriptSplitsTermsWithTheSameRangesAsSwift() throws {
        let script = String(decoding: try #require(DefaultTheme.staticFiles["search.js"]), as: UTF8.self)
        #expect(script.contains(#"var HAN = /[\u3007\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\u{20000}-\u{323AF}]/u;"#))
        for scalar: Unicode.Scalar in ["\u{3007}", "\u{3400}", "\u{4DBF}", "\u{4E00}", "\u{9FFF}", "\u{F900}", "\u{FAFF}",
                                       "\u{20000}", "\u{323AF}"] {
            #expect(scalar.isHan)
        }
        for scalar: Unicode.Scalar in ["\u{3006}", "\u{33FF}", "\u{A000}", "\u{FB00}", "\u{323B0}", "a", "。"] {
            #expect(!scalar.isHan)
        }
    }
}
