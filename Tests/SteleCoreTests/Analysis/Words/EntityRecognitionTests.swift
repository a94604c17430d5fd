import Testing
@testable import SteleAnalysis
@testable import SteleContent
@testable import SteleText

/// People, places and organisations listed on the evidence of their context, over text cut with jieba's
/// dictionary and HMMs and no site word list. The sentences are made up; so are the names.
@Suite struct EntityRecognitionTests {
    func statistics(_ articles: [String]) throws -> WordStatistics {
        let segmenter = try StatsFixtures.jiebaWithHMM()
        return WordStatistics(articles: articles.map(segmenter.tokens(in:)), stopwords: Stopwords.chinese, idf: nil)
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
}
