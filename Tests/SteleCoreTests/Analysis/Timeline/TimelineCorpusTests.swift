import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleImport
@testable import SteleMarkdown
@testable import StelePages
@testable import SteleSite

/// The example site's timeline, built from this repository's content/ as `make site` builds it.
/// The expected events are those a careful reader of the four articles lists (docs/timeline.md).
@Suite struct TimelineCorpusTests {
    private struct Corpus {
        var events: [TimelineEvent]
        var pages: [RenderedPage]
        var json: String?
        var urls: URLBuilder
    }

    private func corpus() async throws -> Corpus {
        let built = try await SiteBuilder(siteDirectory: ImportFixtures.packageRoot).build()
        let events = try TimelineExtractor().events(in: built.pages)
        let json = built.files.first { $0.path == "timeline.json" }.map { String(decoding: $0.contents, as: UTF8.self) }
        return Corpus(events: events, pages: built.pages, json: json, urls: URLBuilder(config: built.config))
    }

    private static let jianQiang = "jian-qiang-zhan-dou-bao-lei"
    private static let panCongMing = "pan-cong-ming"
    private static let luShengMei = "lu-sheng-mei"
    private static let qiangJi = "qiang-ji-gu-ben-zhu-bao-lei"

    /// Start (and end), article slug, and words of the headline.
    private static let expected: [(date: String, article: String, words: String)] = [
        ("1923-08", qiangJi, "全国第一个农村党支部"),
        ("1927-09", qiangJi, "三湾改编"),
        ("1929", qiangJi, "古田会议"),
        ("1943 spring", jianQiang, "郝家桥村"),
        ("1949-03", qiangJi, "七届二中全会"),
        ("1968", luShengMei, "只身来到陕西省榆林市佳县从医"),
        ("1983", luShengMei, "首设儿科"),
        ("1996", panCongMing, "毕业后"),
        ("1999", luShengMei, "退休"),
        ("2004", panCongMing, "西安建筑科技大学"),
        ("2007", panCongMing, "试验成果陆续应用到生产中"),
        ("2009", panCongMing, "提纯班班长"),
        ("2012", qiangJi, "非公有制企业党的建设工作的意见"),
        ("2014", jianQiang, "述职评议考核"),
        ("2014", qiangJi, "落实党建责任机制"),
        ("2015-06", qiangJi, "全国农村基层党建工作座谈会"),
        ("2015-08-14", qiangJi, "以普通党员身份参加"),
        ("2015-09", qiangJi, "社会组织党的建设工作的意见"),
        ("2015-10", qiangJi, "全国社会组织党的建设工作会议"),  // 同年10月
        ("2016", qiangJi, "宁夏、广西"),  // 2016年、2017年
        ("2016-10-10/2016-10-11", qiangJi, "全国国有企业党的建设工作会议"),
        ("2016-12-07", qiangJi, "全国高校思想政治工作会议"),
        ("2017", qiangJi, "宁夏、广西"),
        ("2017-07", qiangJi, "全国城市基层党建工作经验交流座谈会"),
        ("2018", jianQiang, "扶持壮大村级集体经济的通知"),
        ("2018", qiangJi, "农村基层组织工作条例"),
        ("2018-03-28", qiangJi, "中央全面深化改革委员会第一次会议"),
        ("2018-09-10", qiangJi, "全国教育大会"),
        ("2018-11-06", jianQiang, "主题党日"),
        ("2019", jianQiang, "述职评议考核办法"),
        ("2019", panCongMing, "国家科技进步二等奖"),  // 2019年度
        ("2019", qiangJi, "国有企业基层组织工作条例"),
        ("2019", qiangJi, "中央和国家机关党的建设的意见"),  // 同年
        ("2019", qiangJi, "述职评议考核办法"),
        ("2019-04", qiangJi, "关于加强和改进城市基层党建工作的意见"),
        ("2019-07-09", qiangJi, "中央和国家机关党的建设工作会议"),
        ("2020", qiangJi, "决战决胜脱贫攻坚电视电话会议"),
        ("2021", jianQiang, "持续选派驻村第一书记"),
        ("2021-04-16", qiangJi, "普通高等学校基层组织工作条例"),
        ("2021-06", jianQiang, "关于抓党建促乡村振兴的若干意见"),
        ("2021-06/2021-12", jianQiang, "新就业群体党建工作试点"),
        ("2021-09", jianQiang, "郝家桥村考察"),
        ("2022-08", jianQiang, "牡丹社区考察"),  // 今年8月, in an article of 2022-10-09
    ]

    @Test func everyDatedEventOfTheFourArticlesInOrder() async throws {
        let events = try await corpus().events
        let found = events.map { event in
            (date: event.start.description + (event.end.map { "/\($0.iso)" } ?? ""),
             article: event.articlePath.split(separator: "/").last.map(String.init) ?? "", text: event.text)
        }
        #expect(found.map { "\($0.date) \($0.article)" } == Self.expected.map { "\($0.date) \($0.article)" })
        for (event, expected) in zip(found, Self.expected) where event.date == expected.date {
            #expect(event.text.contains(expected.words), "\(event.date): \(event.text)")
        }
    }

    @Test func noPeriodOrAgeAndEveryLinkReachesItsDate() async throws {
        let corpus = try await corpus()
        let falseFriends = ["年来", "近十年", "连续", "岁", "54年", "半个多世纪", "三年", "50年", "百年", "78年"]
        for event in corpus.events {
            let written = try #require(event.written)
            #expect(!falseFriends.contains { written.contains($0) }, "\(written): \(event.text)")
            // The paragraph the entry links to holds the date as written.
            let page = try #require(corpus.pages.first { $0.path == event.articlePath })
            let id = try #require(event.paragraphID)
            let paragraph = try #require(page.markdown.paragraphs.first { $0.id == id })
            #expect(paragraph.text.contains(written), "\(event.articlePath)#\(id) does not say \(written)")
        }
    }

    @Test func theJSONIsTheTimeline() async throws {
        let corpus = try await corpus()
        #expect(corpus.json == TimelineJSON.encode(corpus.events, urls: corpus.urls))
        #expect((40...46).contains(corpus.events.count))
    }
}
