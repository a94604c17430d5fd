import Foundation
import Testing
@testable import SteleAnalysis
import SteleText

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
        #expect(summary(found) == ["35年 35 年 - -", "99.99% 99.99 % - -", "百分之三十 30 % - -", "下降2.5个百分点 -2.5 个百分点 - -"])
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

    @Test func aWordTheSiteAddsWithoutATagIsACountedNoun() throws {
        // jieba's dictionary lacks 村务监督员; words.txt adds it with no part of speech.
        let text = "全县选聘了1200多名村务监督员，覆盖400多个行政村。"
        let segmenter = try StatsFixtures.jieba(userWords: [UserWord(word: "村务监督员")])
        let found = QuantityScanner().quantities(in: text, tokens: segmenter.tokens(in: text))
        #expect(found.first?.counts == "村务监督员")
        #expect(found.first?.group == .people)
    }

    @Test func theCountedNounIsTheNounPhraseAfterTheMeasureWord() throws {
        let found = try quantities("quantities-counted-nouns.txt")
        #expect(found.map(\.counts) == ["孩子", "机关企事业单位党员干部", "在职党员", "民营企业", "村"])
    }

    /// The quantities of a fixture, read with the units jieba's dictionary and tagging model know.
    func quantitiesWithJiebaUnits(_ fixture: String) throws -> [Quantity] {
        let text = try StatsFixtures.text(fixture).trimmingCharacters(in: .newlines)
        let segmenter = try StatsFixtures.jiebaWithHMM()
        return QuantityScanner(segmenter: segmenter).quantities(in: text, tokens: segmenter.tokens(in: text))
    }

    @Test func fallsAndMinusSignsAreNegative() throws {
        let found = try quantitiesWithJiebaUnits("quantities-falls.txt")
        #expect(summary(found) == [
            "下降3.2% -3.2 % - -", "减少了12.6% -12.6 % - -", "-1.8% -1.8 % - -", "31.5% 31.5 % - -", "0.8% 0.8 % - -",
            "1.2个百分点 1.2 个百分点 - -",
        ])
        #expect(found.map(\.direction) == [.down, .down, .down, nil, nil, nil], "a level reached (降至0.8%) is no fall")
    }

    @Test func aRangeSharesItsTopsScaleAndUnit() throws {
        let found = try quantitiesWithJiebaUnits("quantities-shared-scale.txt")
        #expect(summary(found) == [
            "一千五百至一千八百万吨 15000000 吨 至 -", "三至五千元 3000 元 至 -", "3%至5% 3 % 至 -", "1500万至1800万吨 15000000 吨 至 -",
        ])
        #expect(found.map(\.upper) == [18_000_000, 5000, 5, 18_000_000])
        #expect(found.allSatisfy { $0.approximation?.kind == .range })
    }

    @Test func halfIsAHalfOnlyBeforeAUnitOfTime() throws {
        let found = try quantitiesWithJiebaUnits("quantities-halves.txt")
        #expect(summary(found) == [
            "半个多小时 0.5 个小时 多 -", "两个半月 2.5 个月 - -", "半个世纪 0.5 个世纪 - -", "半小时 0.5 小时 - -",
            "一个半小时 1.5 个小时 - -",
        ])
    }

    @Test func unitsComeFromJiebasDictionaryAndTaggingModel() throws {
        let found = try quantitiesWithJiebaUnits("quantities-dictionary-units.txt")
        #expect(summary(found) == [
            "3260艘次 3260 艘次 - -", "412架次 412 架次 - -", "186.4万标准箱 1864000 标准箱 - -", "50万吨公里 500000 吨公里 - -",
            "3趟 3 趟 - -", "9颗 9 颗 - 卫星",
        ])
        #expect(QuantityScanner().quantities(in: "3趟", tokens: []).isEmpty, "without jieba only the common units are known")
    }

    /// The cut is weighed, not obeyed: 头牛 is a measure word and its noun, 台子 one word; 千 after a digit
    /// starts the unit 千米; 1200多年 is a span, not a year.
    @Test func measureWordsGluedToTheirNeighbours() throws {
        #expect(summary(try quantitiesWithJiebaUnits("quantities-glued-words.txt")) == [
            "七八十头 70 头 七八 牛", "1200多年 1200 年 多 -", "约40千米 40 千米 约 -", "超百万人次 1000000 人次 超 -",
        ])
    }

    @Test func geBetweenANumberAndItsScaleAndWordsThatStartWithANumeral() throws {
        let text = "投资1个亿，另有一个亿的贷款，村子四面环山，一只零件。"
        let segmenter = try StatsFixtures.jiebaWithHMM()
        let found = QuantityScanner(segmenter: segmenter).quantities(in: text, tokens: segmenter.tokens(in: text))
        #expect(summary(found) == ["1个亿 100000000  - -", "一个亿 100000000  - -"])
    }

    @Test func eraYearsAndClockMinutesAreNoQuantities() throws {
        #expect(summary(try quantitiesWithJiebaUnits("quantities-era-years.txt")) == [
            "七年 7 年 - -", "三十年 30 年 - -", "四十年 40 年 - -", "七十年 70 年 - -",
        ], "a span of years after its subject or verb, or after 改革开放 and 建国, is no era")
    }

    /// Era names of any tag (万历 nz, 康熙 nrfg) date the verb after them; a noun of age (党龄, 工龄) or a
    /// word that counts years (历时) makes a span, however the clause stands.
    @Test func eraNamesOfAnyTagAndSpansAfterNounsOfAge() throws {
        #expect(summary(try quantitiesWithJiebaUnits("quantities-era-names.txt")) == [
            "五十年 50 年 - -", "四十年 40 年 - -", "三年 3 年 - -",
        ])
    }

    /// 降幅扩大 and 亏损扩大 go down, 顺差扩大 up; 零下 is below zero; 近 glued to the word before it (已有近)
    /// still governs; 四级 before a noun is a grade, 七级 after its verb a measure.
    @Test func wideningFallsBelowZeroGluedApproximationsAndGrades() throws {
        let found = try quantitiesWithJiebaUnits("quantities-widenings-and-below-zero.txt")
        #expect(summary(found) == [
            "降幅扩大0.3个百分点 -0.3 个百分点 - -", "0.5个百分点 0.5 个百分点 - -", "亏损扩大1.2亿元 -120000000 元 - -",
            "零下5度 -5 度 - -", "零下十摄氏度 -10 摄氏度 - -", "零下十度左右 -10 度 左右 -", "近七成 7 成 近 -", "3公里 3 公里 - -", "七级 7 级 - -",
        ])
        #expect(found.map(\.direction) == [.down, nil, .down, .down, .down, .down, nil, nil, nil])
        #expect(found[6].approximation?.kind == .nearly)
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
