import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleContent
@testable import SteleMarkdown
@testable import StelePages
@testable import SteleSite

@Suite struct StatisticsPageTests {
    func build() async throws -> BuiltSite { try await Fixture.build("Stats/site") }

    func file(_ path: String, in site: BuiltSite) throws -> String {
        try #require(site.text(path), "no \(path) in the build")
    }

    @Test func writesThePageAndItsData() async throws {
        let site = try await build()
        let html = try file("stats/index.html", in: site)
        let json = try file("stats.json", in: site)
        #expect(html.contains("<h1 class=\"page-title\">统计</h1>"))
        #expect(json.hasPrefix("{\n  \"articles\": 2,\n  \"characters\": "))
    }

    @Test func eventsPerDecadeCountTheTimelinesEventsNotAgesOrPeriods() async throws {
        let site = try TemporarySite([
            "content/a.md": """
                ---
                title: 十年
                date: 2022-10-09
                ---
                1927年9月，三湾改编决定“支部建在连上”。5年来，各地持续推进。

                78岁的路生梅1968年来到佳县，2000多名群众前来就诊。2019年7月9日，会议召开。
                """,
        ])
        defer { site.remove() }
        let built = try await SiteBuilder(siteDirectory: site.root).build()
        let json = try file("stats.json", in: built)
        let timeline = try file("timeline.json", in: built)
        #expect(timeline.components(separatedBy: "\"start\"").count - 1 == 3)
        let decades = try #require(json.range(of: "\"eventsPerDecade\"")).upperBound
        let counts = json[decades...].prefix { $0 != "]" }
            .components(separatedBy: "\"count\": ").dropFirst().compactMap { Int($0.prefix { $0.isNumber }) }
        // 1920s, 1930s … 2010s: one event each in the 1920s, 1960s and 2010s, none for 78岁, 5年来 or 2000多名.
        #expect(counts == [1, 0, 0, 0, 1, 0, 0, 0, 0, 1])
    }

    @Test func theMenuLinksToThePageUnderTheBasePath() async throws {
        let index = try file("index.html", in: try await build())
        #expect(index.contains("<a href=\"/docs/stats/\">统计</a>"))
    }

    @Test func quantitiesLinkToTheirParagraph() async throws {
        let site = try await build()
        let json = try file("stats.json", in: site)
        // One quantity per line.
        #expect(json.contains("""

                {"text": "51.8万人", "value": 518000, "upper": null, "unit": "人", "approx": false, \
            "approxWord": null, "approxKind": null, "counts": null, "group": "people", "change": null, \
            "direction": null, "article": "建强战斗堡垒", "url": "/docs/articles/jian-qiang/#p-1"}
            """))
        #expect(json.contains("\"from\": \"40多道\""))
        let html = try file("stats/index.html", in: site)
        #expect(html.contains("<a href=\"/docs/articles/jian-qiang/#p-1\">51.8万人</a>"))
        #expect(html.contains("<td class=\"num\" data-sort=\"518000\">518,000</td>"))
        // Paragraph ids in the article are the ones the links name.
        #expect(try file("articles/jian-qiang/index.html", in: site).contains("<p id=\"p-1\">全国累计选派"))
    }

    @Test func aFallIsNegativeAndSaysSo() async throws {
        let site = try TemporarySite([
            "content/a.md": """
                ---
                title: 经济数据
                date: 2024-04-20
                ---
                一季度，全市工业增加值同比下降3.2%，降幅扩大0.3个百分点。
                """,
        ])
        defer { site.remove() }
        let built = try await SiteBuilder(siteDirectory: site.root).build()
        let json = try file("stats.json", in: built), html = try file("stats/index.html", in: built)
        #expect(json.contains("\"value\": -3.2,"))
        #expect(json.components(separatedBy: "\"direction\": \"down\"").count - 1 == 2)
        #expect(html.contains("<td class=\"num\" data-sort=\"-3.2\">-3.2% <span class=\"direction-down\">↓ 下降</span></td>"))
    }

    @Test func quantitiesAreGroupedAndSortedByValue() async throws {
        let html = try file("stats/index.html", in: try await build())
        let people = try #require(html.range(of: "id=\"quantities-people\""))
        let other = try #require(html.range(of: "id=\"quantities-other\""))
        #expect(people.lowerBound < other.lowerBound)
        let first = try #require(html.range(of: ">249.2万人<"))
        let second = try #require(html.range(of: ">51.8万人<"))
        #expect(first.lowerBound < second.lowerBound, "largest value first")
    }

    @Test func everyChartHasATitleADescriptionAndADataTable() async throws {
        let html = try file("stats/index.html", in: try await build())
        for id in ["chart-lengths", "chart-words", "chart-decades"] {
            #expect(html.contains("aria-labelledby=\"\(id)-title \(id)-desc\""))
            #expect(html.contains("<title id=\"\(id)-title\">"))
            #expect(html.contains("<desc id=\"\(id)-desc\">"))
        }
        #expect(html.components(separatedBy: "<details class=\"chart-data\">").count - 1 == 3)
        #expect(html.contains("<th scope=\"row\">1940年代</th><td class=\"num\">1</td>"))
    }

    @Test func siteWordsAndStopwordsShapeTheWords() async throws {
        let json = try file("stats.json", in: try await build())
        #expect(json.contains("\"word\": \"乡村振兴\""), "words: in stele.yml")
        #expect(!json.contains("\"word\": \"全面\""), "stopwords: in stele.yml")
        #expect(json.contains("\"userWords\": 2"))
        let people = try #require(json.range(of: "\"people\": ["))
        let places = try #require(json.range(of: "\"places\": ["))
        let names = json[people.upperBound..<places.lowerBound]
        #expect(json.contains("\"word\": \"潘从明\""), "words.txt: counted whole")
        #expect(names.contains("\"习近平\""), "a person: 总书记 follows the name")
    }

    @Test func saysWhatTheReadingSpeedIs() async throws {
        let html = try file("stats/index.html", in: try await build())
        #expect(html.contains("阅读时间按每分钟 400 个汉字、238 个外文词或数字计算"))
    }

    @Test func namesTheDictionaryNotWhereItLiesOnTheBuildMachine() async throws {
        let site = try await build()
        let html = try file("stats/index.html", in: site), json = try file("stats.json", in: site)
        #expect(!html.contains("/usr/") && !json.contains("/usr/"))
        if html.contains("jieba 词典") {
            #expect(html.contains("词语按 python3-jieba 所带的 jieba 词典（"))
            #expect(json.contains("\"dictionary\": \"python3-jieba:dict.txt\""))
        }
        #expect(WordDataName(path: WordSources.debianDictionary) == .debian(file: "dict.txt"))
        #expect(WordDataName(path: "/home/someone/data/dict.txt.big") == .other(name: "dict.txt.big"))
        #expect(WordDataName(path: "data/dict.txt").dataText == "data/dict.txt")
    }

    @Test func figuresAreDefinitionListsOfTheirOwn() async throws {
        let html = try file("stats/index.html", in: try await build())
        // Every dt and dd sits directly in a dl: no div between them (axe-core's dlitem rule).
        for match in html.matches(of: /<(dt|dd)[ >]/) {
            let before = html[..<match.range.lowerBound]
            let opener = try #require(before.ranges(of: /<(dl|div|dd|dt)[ >]/).last)
            #expect(["<dl", "<dd", "<dt"].contains(String(before[opener].prefix(3))), "a dt or dd outside its dl")
        }
        #expect(html.contains("<div class=\"stat-grid\">\n      <dl class=\"stat\"><dt>"))
    }

    @Test func englishLabelsUseEnglishPunctuation() async throws {
        let site = try TemporarySite([
            "stele.yml": "title: T\nlanguage: en\n",
            "content/a.md": "---\ntitle: Long\n---\n近11万家民营企业参与帮扶，增长约30%。这是很长的一篇文章。\n",
            "content/b.md": "---\ntitle: Short\n---\n短文。\n",
        ])
        defer { site.remove() }
        let html = try file("stats/index.html", in: try await SiteBuilder(siteDirectory: site.root).build())
        #expect(html.contains("Longest: <a href=\"/articles/a/\">Long</a> ("))
        #expect(html.contains("Shortest: <a href=\"/articles/b/\">Short</a> (2 Chinese characters)"))
        #expect(html.contains("近 (nearly)"))
        #expect(html.contains("<span class=\"count\">1 figure</span>"), "one figure is not 1 figures")
        for mark in ["：", "（", "）"] { #expect(!html.contains(mark + "<") && !html.contains(">" + mark), "\(mark) in the English page") }
    }

    @Test func theSameSiteGivesTheSameBytes() async throws {
        let first = try await build(), second = try await build()
        for path in ["stats/index.html", "stats.json"] {
            #expect(try file(path, in: first) == file(path, in: second))
        }
    }

    @Test func withoutADictionaryTheNoteSaysSo() async throws {
        let folder = StatsFixtures.url("site")
        let sources = try WordSources.load(config: SiteConfig.load(siteDirectory: folder), siteDirectory: folder,
                                           defaultDictionary: "/nonexistent/dict.txt", defaultIDF: "/nonexistent/idf.txt")
        let markdown = MarkdownRenderer().render("习近平总书记指出，全国近11万家民营企业精准帮扶12.7万个村。")
        let page = RenderedPage(page: Page(source: "content/a.md", frontmatter: Frontmatter(), body: "", bodyStartLine: 1),
                                path: "articles/a/", markdown: markdown)
        let report = try await StatisticsReport(pages: [page], sources: sources, eventYears: [])
        #expect(report.notes == [.icuFallback(searched: "/nonexistent/dict.txt"), .corpusIDF(searched: "/nonexistent/idf.txt")])
        #expect(report.quantities.map(\.quantity.text) == ["近11万家", "12.7万个"], "quantities do not need the dictionary")
        let context = StatisticsContext(report: report, urls: URLBuilder(config: SiteConfig()),
                                        labels: StatisticsLabels(language: "en"))
        #expect(context.notes.first?.hasPrefix("No jieba dictionary (dict.txt) was found") == true)
        #expect(!context.notes.joined().contains("/nonexistent"), "no machine path on the page")
        #expect(context.json.serialized().contains("\"method\": \"icu\""))
        #expect(context.view.hasEntities == false)
    }
}
