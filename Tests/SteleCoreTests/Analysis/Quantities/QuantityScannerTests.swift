import Foundation
import Testing
@testable import SteleAnalysis

@Suite struct QuantityScannerTests {
    /// The quantities of a fixture, its words cut by the jieba dictionary.
    func quantities(_ fixture: String) throws -> [Quantity] {
        let text = try StatsFixtures.text(fixture).trimmingCharacters(in: .newlines)
        return QuantityScanner().quantities(in: text, tokens: try StatsFixtures.jieba().tokens(in: text))
    }

    /// text, value, unit, approximation word, counted noun
    func summary(_ quantities: [Quantity]) -> [String] {
        quantities.map { "\($0.text) \($0.value) \($0.unit) \($0.approximation?.word ?? "-") \($0.counts ?? "-")" }
    }

    @Test func decimalsScaledByWan() throws {
        let found = try quantities("quantities-decimals-wan.txt")
        #expect(summary(found) == ["51.8万人 518000 人 - -", "249.2万人 2492000 人 - -"])
        #expect(found.allSatisfy { $0.group == .people && $0.approximation == nil })
    }

    @Test func yiScalesByAHundredMillion() throws {
        #expect(summary(try quantities("quantities-yi.txt")) == ["1.5亿元 150000000 元 - -", "3亿人 300000000 人 - -"])
    }

    @Test func approximationsBeforeInsideAndAfter() throws {
        let found = try quantities("quantities-approximations.txt")
        #expect(summary(found) == [
            "400多万个 4000000 个 多 基层党组织",
            "近11万家 110000 家 近 民营企业",
            "12.7万个 127000 个 - 村",
            "约3000名 3000 名 约 志愿者",
            "30余年 30 年 余 -",
            "超过500名 500 名 超过 党员",
            "近200万名 2000000 名 近 乡镇干部",
            "数百万名 1000000 名 数 村干部",
        ])
        #expect(found.map { $0.approximation?.kind } == [.over, .nearly, nil, .about, .over, .over, .nearly, .several])
        #expect(found.map(\.group) == [.organisations, .organisations, .places, .people, .time, .people, .people, .people])
    }

    @Test func chineseNumerals() throws {
        let found = try quantities("quantities-chinese-numerals.txt")
        #expect(summary(found) == [
            "三个 3 个 - 孩子", "二十三名 23 名 - 代表", "一百零五户 105 户 - 村民", "四五个小时 4 个小时 四五 -",
            "十几里 10 里 几 -",
        ])
        #expect(found[3].upper == 5)
        #expect(found[0].group == .people, "三个孩子 counts people")
    }

    @Test func percentages() throws {
        let found = try quantities("quantities-percentages.txt")
        #expect(summary(found) == ["35年 35 年 - -", "99.99% 99.99 % - -", "百分之三十 30 % - -", "2.5个百分点 2.5 个百分点 - -"])
        #expect(found.map(\.group) == [.time, .percentages, .percentages, .percentages])
    }

    @Test func pairsReadAsAChange() throws {
        let found = try quantities("quantities-pairs.txt")
        #expect(summary(found) == ["40多道 40 道 多 -", "10多道 10 道 多 -", "近6个月 6 个月 近 -", "1.5个月左右 1.5 个月 左右 -"])
        #expect(found[0].change == Quantity.Change(from: "40多道", to: "10多道"))
        #expect(found[1].change == found[0].change)
        #expect(found[2].change == Quantity.Change(from: "近6个月", to: "1.5个月左右"))
        #expect(found[3].approximation?.kind == .about)
    }

    @Test func datesAgesOrdinalsAndSlogansAreNoQuantities() throws {
        #expect(summary(try quantities("quantities-not-quantities.txt")) == [])
    }

    @Test func theCountedNounIsTheNounPhraseAfterTheMeasureWord() throws {
        let found = try quantities("quantities-counted-nouns.txt")
        #expect(found.map(\.counts) == ["孩子", "机关企事业单位党员干部", "在职党员", "民营企业", "村"])
    }

    @Test func hugeNumbersNeitherCrashNorPrintNaN() throws {
        for digits in [60, 200] {
            let text = String(repeating: "9", count: digits) + "亿亿人，3名党员"
            let found = QuantityScanner().quantities(in: text, tokens: try StatsFixtures.jieba().tokens(in: text))
            #expect(found.last?.text == "3名")
            #expect(found.allSatisfy { !$0.value.isNaN && $0.value.description.allSatisfy(\.isNumber) })
        }
    }

    @Test func offsetsPointIntoTheParagraph() throws {
        let text = try StatsFixtures.text("quantities-decimals-wan.txt")
        let scalars = Array(text.unicodeScalars)
        for quantity in try quantities("quantities-decimals-wan.txt") {
            let cited = String(String.UnicodeScalarView(scalars[quantity.start..<(quantity.start + quantity.length)]))
            #expect(cited == quantity.text)
        }
    }
}
