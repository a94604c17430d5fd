import Foundation
import SteleSupport
import Testing
@testable import SteleImport

@Suite struct DateInferenceTests {
    @Test func yearIsTheFirstThatFollowsEveryMention() throws {
        let article = try #require(ImportFixtures.articles("year-same-spring.txt").articles.first)
        // 2021年4月16日 precedes 6月30日 of the same year.
        #expect(article.date?.iso == "2021-06-30")
    }

    @Test func articlesOfOneFeedDayShareTheLatestYear() throws {
        let (articles, notes) = try ImportFixtures.articles("year-from-mentions.txt")
        // 2021年6月至12月 → 2022-10-09; the portrait alone (1996, 2019年度) would allow 2019.
        #expect(articles.map { $0.date?.iso } == ["2022-10-09", "2022-10-09"])
        #expect(notes.filter { $0.kind == "info" }.map(\.description) == [
            "year-from-mentions.txt:1: date 2022-10-09: the first 10月9日 not before 2021年6月至12月 (line 5)",
            "year-from-mentions.txt:9: date 2022-10-09: year of the article at line 1, dated the same day in this file "
                + "(its own dates allow 2019 or later)",
        ])
    }

    @Test func dateLeaningOnANamedYearCounts() throws {
        let (articles, notes) = try ImportFixtures.articles("year-from-same-year.txt")
        // 同年11月 is 2019-11: after 10月9日 of 2019, so the dateline is 2020's.
        #expect(articles.first?.date?.iso == "2020-10-09")
        #expect(notes.filter { $0.kind == "info" }.map(\.description) == [
            "year-from-same-year.txt:1: date 2020-10-09: the first 10月9日 not before 同年11月 (2019-11-30, line 7)",
        ])
    }

    @Test func articleWithoutYearsGetsNoDate() throws {
        let text = "标题\n\n新华社记者\n\n今年8月，总书记来到社区。\n\n（新华社北京10月9日电）\n"
        let (articles, notes) = try SourceImporter.articles(from: Data(text.utf8), file: "x.txt")
        #expect(articles.first?.date == nil)
        #expect(notes.contains { $0.severity == .warning && $0.message.hasPrefix("no year for dateline 10月9日") })
    }
}
