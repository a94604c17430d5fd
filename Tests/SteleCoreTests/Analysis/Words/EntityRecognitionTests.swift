import Testing
@testable import SteleAnalysis
@testable import SteleContent
@testable import SteleText

/// People, places and organisations listed on the evidence of their context, over text cut with jieba's
/// dictionary and HMMs and no site word list. The sentences are made up; so are the names.
@Suite struct EntityRecognitionTests {
    func statistics(_ articles: [String]) throws -> WordStatistics {
        let segmenter = try StatsFixtures.jiebaWithHMM()
        return WordStatistics(articles: articles.map(segmenter.tokens(in:)), stopwords: Stopwords.chinese, idf: nil,
                              dictionary: segmenter.dictionary)
    }

    func names(_ counts: [WordCount]) -> [String] { counts.map(\.word) }

    @Test func aNameTheDictionaryLacksIsAPersonBeforeAVerbOfSaying() throws {
        let words = try statistics(["镇卫生院院长庹晓澜表示，今年将再添两名全科医生。"])
        #expect(names(words.people) == ["庹晓澜"])
    }

    @Test func aSurnameAndTheWordAfterItAreOnePersonAfterATitle() throws {
        // The dictionary cuts 王|建宇 and knows 建宇 as a word; the title says the two are a name.
        let words = try statistics(["记者王建宇在现场看到，渡口已经恢复通航。"])
        #expect(names(words.people) == ["王建宇"])
    }

    @Test func aPlaceWithItsSuffixIsFoundWhole() throws {
        let words = try statistics(["去年秋天，浠岚县蕖塘村种下了三百亩油茶。"])
        #expect(Set(names(words.places)) == ["浠岚县", "蕖塘村"])
    }

    @Test func aBodyIsItsProperNameAndTheWordForItsKind() throws {
        let words = try statistics(["这批设备由霁川新材料有限公司捐赠，县林业局负责安装。"])
        #expect(names(words.organisations) == ["霁川新材料有限公司"], "县林业局 names no particular bureau")
    }

    /// An article's paragraphs and headings are read apart: no name runs from one into the next. Two
    /// headings, 沅澧 over 大学, name no university; a heading 浠岚 does not join the suffix that opens
    /// the paragraph below it. Run together in one block, the same words do name both.
    @Test func noNameRunsFromOneBlockIntoTheNext() throws {
        let segmenter = try StatsFixtures.jiebaWithHMM()
        func words(_ blocks: [String]) -> WordStatistics {
            let article = ArticleWords(blocks: blocks.map(segmenter.tokens(in:)), stopwords: Stopwords.chinese,
                                       dictionary: segmenter.dictionary)
            return WordStatistics(articles: [article], idf: nil)
        }
        #expect(words(["沅澧", "大学", "研究人员在河边测量水位。"]).organisations.isEmpty)
        #expect(names(words(["沅澧大学", "研究人员在河边测量水位。"]).organisations) == ["沅澧大学"])
        #expect(!names(words(["浠岚", "县卫生院新修的门诊楼投入使用。"]).places).contains("浠岚县"))
        #expect(names(words(["浠岚县卫生院新修的门诊楼投入使用。"]).places).contains("浠岚县"))
    }

    /// A photo caption's opening, 图为 ("pictured is"), is no part of the name after it, whether the HMM
    /// makes it a word of its own (图为|蕖|塘村) or glues it onto the name (图为霁川|新|材料|有限公司).
    @Test func aCaptionsOpeningIsNoPartOfAName() throws {
        let words = try statistics(["图为蕖塘村村民在采摘油茶。", "图片说明：图为霁川新材料有限公司的生产车间。",
                                    "图为沅澧大学的学生在做实验。"])
        #expect(names(words.places) == ["蕖塘村"])
        #expect(Set(names(words.organisations)) == ["霁川新材料有限公司", "沅澧大学"])
    }

    /// Schools and hospitals of a place are told apart by number: the ordinal is part of the name, and
    /// the place before it too, as in the short form (霁川市三中). Without a place, a numbered school is
    /// still a generic one.
    @Test func anOrdinalBeforeASchoolOrHospitalIsPartOfItsName() throws {
        let words = try statistics(["浠岚县第二中学的新操场已经启用。", "霁川市第一人民医院新建了急诊楼。",
                                    "霁川市三中的学生来参观。", "他在第三小学读书，后来考进了二中。"])
        #expect(Set(names(words.organisations)) == ["浠岚县第二中学", "霁川市第一人民医院", "霁川市三中"])
    }

    /// A verb of sending or going somewhere leads to a place as 在 and 到 do: a country or city the
    /// dictionary tags as a place is one after it. What it sends things to may be no place at all.
    @Test func aVerbOfSendingOrGoingLeadsToAPlace() throws {
        let words = try statistics(["第一批果汁已经运往俄罗斯。", "他年轻时曾留学法国。", "货轮傍晚驶往新加坡。",
                                    "建材连夜运往工地。"])
        #expect(Set(names(words.places)) == ["俄罗斯", "法国", "新加坡"])
    }

    /// A surname the dictionary reads as a word of its own (黄 "yellow", 戴 "to wear") joins the given
    /// name after it when a word of saying follows; a preposition (向) or an adverb (常) is no surname.
    @Test func aSurnameTheDictionaryReadsAsAWordStillBeginsAName() throws {
        let words = try statistics(["书记黄海燕指出，要抓好落实。", "馆长戴禩曦说，展览下月开幕。",
                                    "记者向李明介绍了情况。", "局长常来这里。"])
        #expect(names(words.people).contains("黄海燕"))
        #expect(names(words.people).contains("戴禩曦"))
        #expect(!names(words.people).contains("海燕") && !names(words.people).contains("禩曦"))
        #expect(!names(words.people).contains { $0.hasPrefix("向") || $0.hasPrefix("常") })
    }

    /// A role written right before the name is no part of it: a role the HMM makes a word (村医|石淼),
    /// or whose last character it glues before the surname (守桥|人鲁秉忠, 乡|医蒙秀芝) or the dictionary
    /// reads with the surname (守林|人龙|德旺, 人龙 "a queue of people"). A physician (医师) stays one.
    @Test func aRoleRightBeforeANameIsNoPartOfIt() throws {
        let words = try statistics(["村医石淼说，冬天出诊要走大半天。", "守桥人鲁秉忠告诉记者，桥修好了。",
                                    "乡医蒙秀芝说，药品统一配送。", "守林人龙德旺告诉记者，护林站有电话。",
                                    "主治医师王丽说，病人已经脱离危险。"])
        #expect(Set(names(words.people)) == ["石淼", "鲁秉忠", "蒙秀芝", "龙德旺", "王丽"])
    }

    /// A word the HMM found but did not tag as a name begins one when it starts with a common surname:
    /// the HMM's cut 龙玥|溪 before a word of saying, a name of three characters after a title (守桥人|
    /// 鲁秉忠是…). Without the surname it is a role (村医|石淼说, above).
    @Test func aNewWordStartingWithACommonSurnameBeginsAName() throws {
        let words = try statistics(["校长龙玥溪介绍，今年该校有高考考生618人。", "守桥人鲁秉忠是一名老党员，党龄五十年。"])
        #expect(Set(names(words.people)) == ["龙玥溪", "鲁秉忠"])
    }

    /// Islands are named after things: a common noun before 岛 names one (蛤蜊|岛), also when the HMM
    /// glues the suffix to the word after it (鸬鹚|岛至|洞头). The kinds of island are words of their
    /// own (荒岛, 小岛), and a common noun before 村 still makes a kind of village (模范村).
    @Test func aCommonNounBeforeAnIslandsSuffixNamesTheIsland() throws {
        let words = try statistics(["端午这天，蛤蜊岛的渔民照例要划龙舟。", "明天起，鸬鹚岛至洞头本岛的轮渡恢复每日两班。",
                                    "渔船停靠在一座荒岛边，他们登上了一个小岛。", "全镇评出了一个模范村。"])
        #expect(Set(names(words.places)) == ["蛤蜊岛", "鸬鹚岛"])
    }

    @Test func aOneOffTagIsNoise() throws {
        // jieba's dictionary tags 卫星 and 友谊 as person names.
        let words = try statistics(["这颗卫星运行良好，两国的友谊源远流长。"])
        #expect(words.people.isEmpty)
    }

    @Test func aNameBackedOnceIsCountedEachTimeItIsTagged() throws {
        let words = try statistics(["船长阮堃说，今天风浪不大。", "阮堃在码头等了一上午。"])
        #expect(words.people == [WordCount(word: "阮堃", count: 2)])
    }

    @Test func theBylineAndDatelineOfTheFrontmatterAreAPersonAndAPlace() throws {
        // Names the text never repeats: only the byline and the dateline say who wrote it and where.
        var frontmatter = Frontmatter()
        frontmatter.authors = ["眭曦雯", " 禤泓翀 "]
        frontmatter.params = [(key: "place", value: .string("澜沧"))]
        let segmenter = try StatsFixtures.jiebaWithHMM()
        let words = WordStatistics(articles: [segmenter.tokens(in: "渡口恢复通航，第一班船上午八点开出。")],
                                   frontmatter: [frontmatter], stopwords: Stopwords.chinese, idf: nil)
        #expect(Set(names(words.people)) == ["眭曦雯", "禤泓翀"])
        #expect(names(words.places) == ["澜沧"])
    }

    // MARK: Words that only look like names (the example site's statistics page)

    @Test func aCountedRoleSaysWhatPeopleDoNotWhoTheyAre() throws {
        // The HMM tags 包村 ("to take charge of a village") as a name; 成员 before it is counted.
        let words = try statistics(["1名县级干部联村、1名乡镇领导班子成员包村、1名第一书记驻村。"])
        #expect(words.people.isEmpty)
    }

    @Test func namesInsideATitleNameAWork() throws {
        let words = try statistics(["县委印发《中国共产党普通高等学校基层组织工作条例》学习提纲，并翻阅了《浠岚县志》。"])
        #expect(words.organisations.isEmpty)
        #expect(words.places.isEmpty)
    }

    @Test func aKindOfPlaceAfterAPhraseOrAnAdjectiveNamesNone() throws {
        let words = try statistics(["坚持党管农村工作，县城的老旧小区改造开工12个，不少年轻人向往大城市。",
                                    "各乡镇选优配强村党组织书记，两名驻村干部扎根山村。"])
        #expect(words.places.isEmpty)
    }

    @Test func formerBeforeACompanyIsNoPartOfItsName() throws {
        let words = try statistics(["骆琤从原岭川公司技校毕业后，分配到岭川公司第一车间。"])
        #expect(names(words.organisations) == ["岭川公司"])
    }

    @Test func anAddressNamesItsPlacesFromTheLargestDown() throws {
        // The dictionary tags 余姚 and 商洛 as people, and 柞水县 and 民勤县 as common nouns.
        let words = try statistics(["记者走访了甘肃民勤县、浙江余姚泗门镇和陕西商洛柞水县。"])
        #expect(Set(names(words.places)).isSuperset(of: ["甘肃", "民勤县", "余姚", "泗门镇", "商洛", "柞水县"]))
        #expect(words.people.isEmpty)
    }

    @Test func aVillageNamedWithACommonWordIsAPlaceInAnAddress() throws {
        // 长征 is a common noun; after the town above it, 长征|村 is a village. 江西 and 赣州 lead to 于都县.
        let words = try statistics(["在江西赣州于都县贡江镇长征村，村民说河水清了。", "全村种了两百亩脐橙，一个模范村就这样建起来了。"])
        #expect(Set(names(words.places)) == ["江西", "赣州", "于都县", "贡江镇", "长征村"])
    }

    @Test func aSuffixTheModelGluesToTheNextNameEndsThePlaceBefore() throws {
        // The HMM cuts 西坪|镇坊|城|新村.
        let words = try statistics(["在山西大同云州区西坪镇坊城新村，村民在合作社分拣黄花。"])
        #expect(Set(names(words.places)).isSuperset(of: ["西坪镇", "坊城新村"]))
    }

    @Test func aDirectionAfterAPlaceIsAPositionInIt() throws {
        let words = try statistics(["花垣县西北的山坳里，新建的冷库已经投用。"])
        #expect(names(words.places) == ["花垣县"])
    }
}
