import SteleText

/// The words around a name that say what it names: categories of the language (verbs of saying,
/// titles, administrative suffixes, kinds of body), not names themselves.
enum EntityCues {
    /// Said right after a person's name: 王建宇说, 蒯昕蕤表示.
    static let speech: WordSet = ["说", "表示", "介绍", "指出", "认为", "告诉", "坦言", "回忆", "透露", "强调",
                                      "说道", "感慨", "解释", "笑着说", "告诉记者"]
    /// A person's title or role, right before the name: 院士蒯昕蕤, 记者王建宇, 书记石潆.
    static let roles: WordSet = ["代表", "委员", "书记", "总书记", "院士", "记者", "主任", "校长", "教授", "主席", "经理",
                                     "专家", "老人", "村民", "农民", "船长", "站长", "馆长", "会长", "厂长", "局长",
                                     "县长", "市长", "镇长", "村长", "队长", "组长", "所长", "院长", "董事长", "总经理",
                                     "研究员", "工程师", "医生", "老师", "教师", "支书", "负责人", "志愿者", "博士", "总裁",
                                     // kinship: 父亲谭伯熹
                                     "父亲", "母亲", "爷爷", "奶奶", "祖父", "祖母", "外公", "外婆", "妻子", "丈夫",
                                     "儿子", "女儿", "孙子", "孙女", "哥哥", "姐姐", "弟弟", "妹妹"]
    /// Endings that make a title or a word for a person of a longer word (工段长, 护林员, 乡村医师, 创办人,
    /// 村医).
    static let roleEndings: ScalarSet = ["长", "员", "师", "人", "医"]
    /// Common one-character surnames, among them those the dictionary reads as words of their own (戴
    /// "to wear", 黄 "yellow", 管 "to manage"): the rules join one to the given name after it when a
    /// title or a word of saying says a person is named.
    static let surnames = ScalarSet("""
        王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟\
        谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢\
        安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路\
        游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全\
        佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝
        """)
    /// Right after a name, a way of addressing a person: 顾篁先生.
    static let honorifics: WordSet = ["先生", "女士", "同志", "老先生"]

    /// The last character of an administrative place name or an island: 花垣县, 蚝洲岛.
    static let placeSuffixes: ScalarSet = ["省", "市", "县", "区", "镇", "乡", "村", "岛"]
    /// Words that lead to a place: 在广州, 到深圳, 来自日本; and verbs of sending or going there (运往德国,
    /// 销往东南亚, 留学日本).
    static let placeLeads: WordSet = ["在", "到", "赴", "从", "来自", "前往", "回到", "位于", "抵达", "离开",
                                          "来到", "远赴", "途经", "经", "至", "运往", "销往", "发往", "飞往", "驶往",
                                          "开往", "迁往", "留学", "出口"]
    /// The characters of a direction (西北, 东南): after a place, a position in it (花垣县西北).
    static let directions: ScalarSet = ["东", "南", "西", "北", "中"]
    /// Words of position that follow a place: 澜沧江边, 珠江口沿岸.
    static let placeFollowers: WordSet = ["边", "畔", "沿岸", "两岸", "境内", "一带", "附近", "周边", "沿线"]

    /// How the name of a body ends: 鳌川钢铁集团, 青穹空间技术研究所, 箐禾村村民委员会.
    static let organisationSuffixes: [String] = ["有限公司", "公司", "集团", "研究所", "研究院", "研究中心", "科学院",
                                                 "工程院", "大学", "学院", "委员会", "合作社", "促进会", "协会", "学会",
                                                 "学校", "小学", "中学", "中心", "医院", "银行", "出版社", "局", "厅",
                                                 "馆"]

    /// `organisationSuffixes` as a set, asked about every one-character word: the list's `contains`
    /// compared each of them by canonical equivalence.
    static let organisationWords = WordSet(organisationSuffixes)

    /// The first of `organisationSuffixes` that `word` ends with, nil if none. Compared on Unicode scalars
    /// after a look at the last one: this runs on every token of the corpus, and `String.hasSuffix`
    /// compares by grapheme, which made it a tenth of a build (issue 13's profile).
    static func organisationSuffix(of word: String) -> String? {
        guard let last = word.unicodeScalars.last, let candidates = organisationSuffixesByLastScalar[last] else { return nil }
        let scalars = Array(word.unicodeScalars)
        return candidates.first { scalars.count >= $0.scalars.count && scalars.suffix($0.scalars.count).elementsEqual($0.scalars) }?.text
    }

    /// `organisationSuffixes` grouped by their last scalar, each group in the list's order.
    private static let organisationSuffixesByLastScalar: ScalarMap<[(text: String, scalars: [Unicode.Scalar])]> =
        ScalarMap(Dictionary(grouping: organisationSuffixes.map { (text: $0, scalars: Array($0.unicodeScalars)) }) { $0.scalars.last! }
            .map { ($0.key, $0.value) })

    /// Tags of names: person (nr, nrfg, nrt), place (ns), organisation (nt), other proper noun (nz),
    /// abbreviation (j).
    static func isPersonTag(_ tag: String) -> Bool { tag == "nr" || tag == "nrfg" || tag == "nrt" }
}
