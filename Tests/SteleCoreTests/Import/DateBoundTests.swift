import Testing
@testable import SteleImport

/// The earliest day an article's dates allow it to be filed on, which bounds its dateline's year from below.
@Suite struct DateBoundTests {
    private func bound(_ paragraphs: String...) -> DateBound? {
        DateBound.latest(in: paragraphs.enumerated().map { .paragraph(text: $0.element, line: $0.offset + 1, bold: false) })
    }

    @Test(arguments: [
        ("2021年6月至12月，北京开展试点。", "2021-12-31"),
        ("获得2019年度“国家科技进步二等奖”", "2019-01-01"),
        ("2016年10月10日至11日，党中央召开会议", "2016-10-11"),
        ("2021年4月16日，党中央印发条例", "2021-04-16"),
        ("2021年9月，习近平总书记来到郝家桥村", "2021-09-30"),
        ("2022年上半年，经济回升", "2022-06-30"),
        ("2022年第三季度，出口增长", "2022-09-30"),
        ("2016年至2018年，连续三年", "2018-12-31"),
        ("2021年初，项目开工", "2021-03-31"),
        ("1943年春，他参加革命", "1943-05-31"),
        ("2021年底，全面完工", "2021-12-31"),
        ("2020年2月，他来到武汉", "2020-02-29"),
        ("二〇一八年九月，学校成立", "2018-09-30"),
        ("２０１９年７月，全角数字", "2019-07-31"),
        ("2019 年 7 月 9 日，空格隔开", "2019-07-09"),
        ("2023年亚洲青年田径邀请赛在曼谷举行", "2023-01-01"),
        ("调研于2023年3月至4月进行", "2023-03-01"),
        ("2024年春运首日，车站客流平稳", "2024-01-01"),
    ])
    func aDateOpeningAClauseCountsToItsLastDayOneInsideAClauseFromItsFirst(text: String, floor: String) {
        // 2023年，… tells that year as past; 2023年亚洲青年田径邀请赛 may be the report's own year.
        #expect(bound(text)?.floor.iso == floor)
    }

    @Test(arguments: [
        "到2035年基本实现现代化", "力争2025年建成", "预计2024年通车", "将于2023年举办", "2025年前完成",
        "中华文明有2000多年历史", "1000年来几经兴衰", "2012年以来，全国新建服务中心", "截至2021年底，共有党员9671万名",
        "今年8月，总书记来到社区", "去年，村里通了公路", "10月9日，会议召开", "51.8万人", "编号12345年",
    ])
    func goalsSpansAndUnanchoredDatesGiveNoBound(text: String) {
        #expect(bound(text) == nil)
    }

    @Test func theLatestDateWinsAndTheFirstOfEquals() throws {
        // 2021年12月 ends on the same day as 2021年6月至12月, which came first.
        let found = try #require(bound("2020年，中央办公厅印发意见。", "1996年毕业；2021年6月至12月，开展试点。", "2021年12月，总结。"))
        #expect(found.citation == "2021年6月至12月 (line 2)")
    }

    @Test func datesLeaningOnANamedYearCount() throws {
        // 同年 takes the year read before it, across paragraphs; a month alone takes its paragraph's year.
        let sameYear = try #require(bound("2019年3月，试点启动。", "同年10月，推向全国。"))
        #expect(sameYear.floor.iso == "2019-10-31")
        #expect(sameYear.citation == "同年10月 (2019-10-31, line 2)")
        let sameParagraph = try #require(bound("2019年3月试点启动，11月推向全国。"))
        #expect(sameParagraph.floor.iso == "2019-11-01")
        // A month in a paragraph without a year leans on the article's date, which is not known yet.
        #expect(bound("2019年3月，试点启动。", "11月，推向全国。")?.floor.iso == "2019-03-31")
    }
}
