import Foundation
import Testing
@testable import StelePages
@testable import SteleText

@Suite struct SearchTests {
    @Test func chineseIsSplitIntoCharacterPairsAndOtherWordsAreLowerCased() {
        #expect(SearchTerms.terms(in: "基层党建") == ["基层", "层党", "党建"])
        #expect(SearchTerms.terms(in: "党，建") == ["党", "建"])
        #expect(SearchTerms.terms(in: "十九大以来 Party-Building 2022年") == ["十九", "九大", "大以", "以来", "party", "building", "2022", "年"])
        #expect(SearchTerms.terms(in: "𠀀𠀁") == ["𠀀𠀁"])
        #expect(SearchTerms.terms(in: "  ，。") == [])
    }

    @Test func theIndexFindsChinesePagesBestFirst() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let index = SearchIndex(pages: site.pages, urls: URLBuilder(config: site.config))
        // In a title counts more than in the text.
        #expect(index.search("干部").map(\.title).first == "锻造堪当重任的干部队伍")
        #expect(index.search("组织体系").map(\.title).first == "组织建设综述")
        #expect(index.search("english").map(\.title) == ["Grassroots & \"Party\" <Building>"])
        #expect(index.search("不存在的词语").isEmpty)
        // Text in tight lists and headings is indexed too, not only paragraphs.
        #expect(index.search("列表中的").map(\.title) == ["组织建设综述"])
        #expect(index.search("推动基层组织全面进步").map(\.title).first == "建强战斗堡垒 夯实执政之基")
    }

    @Test func searchJSONIsValidEscapedAndOrdered() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let text = try #require(site.text("search.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        let docs = try #require(json["docs"] as? [[String: Any]])
        #expect(docs.count == site.pages.count)
        #expect(docs.first?["url"] as? String == "/docs/articles/jian-qiang/")
        #expect(docs.first?["date"] as? String == "2022-10-09")
        #expect(docs.contains { $0["title"] as? String == "Grassroots & \"Party\" <Building>" })
        // No raw <, > or & even though a title has them, so the JSON is safe anywhere.
        #expect(!text.contains("<") && !text.contains(">") && !text.contains("&"))
        let terms = try #require(json["terms"] as? [String: [Int]])
        #expect(terms["党建"]?.count ?? 0 >= 4, "党建 is in two pages: document, weight pairs")
        #expect(terms.values.allSatisfy { $0.count % 2 == 0 })
        // Terms sorted, so the bytes do not depend on hashing.
        let order = text.components(separatedBy: "\n\"").dropFirst(2).map { $0.prefix { $0 != "\"" } }
        #expect(order == order.sorted())
    }

    @Test func theSearchPageWorksWithoutJavaScriptAndLoadsTheScript() async throws {
        let site = try await Fixture.build("Publish/site-under-sub-path")
        let page = try #require(site.text("search/index.html"))
        #expect(page.contains("<noscript><p class=\"notice\">搜索需要 JavaScript，而它已被关闭。下面列出了全部文章。</p></noscript>"))
        // Every article listed, for readers without JavaScript.
        for article in site.pages { #expect(page.contains("href=\"/docs/\(article.path)\""), "\(article.path)") }
        #expect(page.contains("data-index=\"/docs/search.json\""))
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
