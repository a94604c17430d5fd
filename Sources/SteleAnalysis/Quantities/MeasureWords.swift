import SteleText

/// The units and measure words a number can be cited in, and the words after a number that make it a
/// date, an age or an ordinal instead.
enum MeasureWords {
    package enum Kind: Equatable {
        case people, general, time, percent, measurement
        /// 2021年 (with four digits), 8月, 9日, 78岁, 七届, 22层: dates, ages and ordinals are not quantities.
        case notAQuantity
    }

    /// Every unit, longest first, so that 个月 wins over 个 and 周岁 over 周.
    package static let byLength: [(word: [Unicode.Scalar], kind: Kind)] = table
        .flatMap { kind, words in words.split(separator: " ").map { (Array(String($0).unicodeScalars), kind) } }
        .sorted { $0.0.count != $1.0.count ? $0.0.count > $1.0.count : String(String.UnicodeScalarView($0.0)) < String(String.UnicodeScalarView($1.0)) }

    private static let table: [(Kind, String)] = [
        (.people, "人 名 位 户 人次"),
        (.general, """
            个 家 所 座 条 项 件 种 类 批 支 只 张 份 本 篇 部 台 辆 艘 架 棵 株 头 匹 道 次 场 轮 遍 起 处 片 间 栋 幢 套 \
            幅 首 级 对 双 组 群 根 颗 粒 枚 封 册 卷 页 字 句 段 排 门 副 瓶 箱 包 袋 宗 例 款 笔 班
            """),
        (.time, "年 个月 天 周 星期 个星期 小时 个小时 分钟 秒 个世纪"),
        (.percent, "% ％ 个百分点 百分点 成"),
        (.measurement, """
            米 厘米 毫米 公里 千米 里 公斤 千克 克 斤 吨 亩 平方米 平方公里 公顷 立方米 元 美元 欧元 块 角 倍 度 千瓦
            """),
        // 月 alone is a month (8月), 个月 a duration; 点 and 时 are mostly clock times.
        (.notAQuantity, "月 日 号 岁 周岁 届 层 楼 时 点 世纪 年代 年度 年级 季度 后 期 版"),
    ]

    /// `byLength` by first scalar, each list longest first: a match compares the few units that start
    /// with the scalar at hand, not all of them.
    private static let byFirstScalar: ScalarMap<[(word: [Unicode.Scalar], kind: Kind)]> =
        ScalarMap(Dictionary(grouping: byLength, by: { $0.word[0] }).map { ($0.key, $0.value) })

    /// The unit at `scalars[index]`, longest match.
    static func match(_ scalars: [Unicode.Scalar], at index: Int) -> (word: String, kind: Kind, end: Int)? {
        guard index < scalars.count, let units = byFirstScalar[scalars[index]] else { return nil }
        for (word, kind) in units where index + word.count <= scalars.count {
            if scalars[index..<(index + word.count)].elementsEqual(word) {
                return (String(scalars: word), kind, index + word.count)
            }
        }
        return nil
    }

    /// Heads of nouns that name people (党员, 第一书记, 孩子), organisations and places, for grouping.
    static let personHeads = ["人", "员", "者", "干部", "党员", "书记", "孩子", "儿", "群众", "代表", "医生", "工人",
                              "职工", "学生", "师生", "农民", "村民", "成员", "专家", "人才", "患者", "病人", "老人"]
    static let organisationHeads = ["组织", "党委", "支部", "企业", "公司", "工作队", "单位", "机构", "协会", "合作社",
                                    "机关", "部门", "学校", "高校", "医院", "集团", "党组"]
    static let placeHeads = ["村", "市", "县", "镇", "乡", "省", "区", "社区", "街道", "园区", "地区", "城市"]
    static let heads = personHeads + organisationHeads + placeHeads
}
