import Testing
@testable import SteleText

/// The scanner on single sentences: which words are dates, and what the words around them make of them.
@Suite struct DateScannerTests {
    private func scan(_ sentence: String) -> [String] {
        let text = Array(sentence.unicodeScalars)
        return DateScanner().mentions(in: text).map { "\(String(String.UnicodeScalarView(text[$0.range]))) \($0.role)" }
    }

    @Test(arguments: [
        ("1968年来到佳县从医", ["1968年 event"]),
        ("2019年前往北京参加会议", ["2019年 event"]),
        ("1949年前后，城市接管工作展开", ["1949年 event"]),
        ("直到2004年，公司才邀请专家授课", ["2004年 event"]),
        ("２０１９年，全角数字的年份", ["２０１９年 event"]),
        ("2021年上半年，全省经济回升", ["2021年上半年 event"]),
        ("2022年第三季度和今年一季度，出口增长", ["2022年第三季度 event", "今年一季度 event"]),
        ("二〇一八年九月，学校成立", ["二〇一八年九月 event"]),
        ("2022年冬奥会在北京举行", ["2022年 event"]),
        ("2019年7—8月，调研组走访各村", ["2019年7—8月 event"]),
        ("2016年12月7日和2018年9月10日，他两次出席会议", ["2016年12月7日 event", "2018年9月10日 event"]),
        ("十月一日，举行升旗仪式", ["十月一日 event"]),
        ("统一10月起执行新标准", ["10月 event"]),
        ("2019 年 7 月 9 日，空格隔开的日期", ["2019 年 7 月 9 日 event"]),
        ("17日晚，岛上刮起大风", ["17日 event"]),
        ("昨天上午，渡轮复航；前天，渔船回港", ["昨天 event", "前天 event"]),
        ("与去年相比，今年3月客流更多", ["今年3月 event"]),
        ("二00四年，书屋建成", ["二00四年 event"]),
        ("一季度，进出港船舶减少", ["一季度 event"]),
        ("1990年代，乡镇企业异军突起", ["1990年代 event"]),
        ("六十年代，村里修起水库", ["六十年代 event"]),
        ("上世纪八十年代初，工厂转产", ["上世纪八十年代初 event"]),
        ("从19世纪60年代到20世纪30年代，码头一直繁忙", ["19世纪60年代到20世纪30年代 event"]),
        ("二０ ０四年秋，学校翻修", ["二０ ０四年秋 event"]),
    ])
    func dates(sentence: String, expected: [String]) {
        #expect(scan(sentence) == expected)
    }

    @Test(arguments: [
        ("2020年前完成改造", ["2020年 period"]),
        ("2020年底前完成改造", ["2020年底 period"]),
        ("2019年后，村里变了样", ["2019年 period"]),
        ("2012年以来，全国新建服务中心", ["2012年 period"]),
        ("2016年至今，乡村面貌焕然一新", ["2016年 period"]),
        ("截止到2020年，共建成三座水库", ["2020年 reference"]),
        ("到2035年基本实现现代化", ["2035年 reference"]),
        ("力争2025年建成，预计2024年通车", ["2025年 reference", "2024年 reference"]),
        ("（新华社北京10月9日电）", ["10月9日 dateline"]),
        ("近2000年来几经兴衰", ["2000年 period"]),
        ("有2000年历史的古城", ["2000年 period"]),
        ("2016年，人均收入由2013年的1668元增加到8313元", ["2016年 event", "2013年 base"]),
        ("增速比1至2月加快", ["1至2月 base"]),
        ("8月下旬以来，持续晴热", ["8月 period"]),
        ("记者1月20日从交通局获悉", ["1月20日 reference"]),
        ("明天起将全面检修", ["明天 reference"]),
    ])
    func datesThatAreNotEvents(sentence: String, expected: [String]) {
        #expect(scan(sentence) == expected)
    }

    @Test(arguments: [
        "十月革命的炮声", "同年级的同学", "每次年会都有新面孔", "过去年代的老照片", "编号12345年", "2101年的设想",
        "今年以来，全市新增就业岗位", "今年是建党百年", "去年同期增长5%", "今年78岁的老人",
        "连续8年", "5年来", "今年流转了380亩稻田", "比去年提高了", "今天是教师节", "连续3日", "7日内运到", "5号泊位",
        "创造美好明天", "统计局发布一季度经济运行数据", "春节当天，干部上岛慰问", "二00四五年", "近十年", "54年", "三年行动计划", "2000多名志愿者", "接待游客1999人",
    ])
    func notDates(sentence: String) {
        #expect(scan(sentence) == [])
    }
}
