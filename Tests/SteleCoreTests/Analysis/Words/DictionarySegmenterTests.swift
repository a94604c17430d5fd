import Testing
@testable import SteleText

@Suite struct DictionarySegmenterTests {
    func words(_ tokens: [Token]) -> [String] { tokens.map(\.text) }

    @Test func takesThePathOfMaximumProbability() throws {
        let segmenter = try StatsFixtures.segmenter("max-probability.dict.txt")
        // 研究 × 生命 × 起源 (300·400·200) beats 研究生 × 命 × 起源 (200·50·200).
        #expect(words(segmenter.tokens(in: "研究生命起源")) == ["研究", "生命", "起源"])
        // Alone, 研究生 (200) beats 研究 × 生 (300·100/1250 = 24).
        #expect(words(segmenter.tokens(in: "研究生")) == ["研究生"])
    }

    @Test func unknownCharactersStandAlone() throws {
        let segmenter = try StatsFixtures.segmenter("max-probability.dict.txt")
        #expect(words(segmenter.tokens(in: "研究猫狗")) == ["研究", "猫", "狗"])
    }

    @Test func numbersLatinAndPunctuationAreTokensOfTheirOwn() throws {
        let segmenter = try StatsFixtures.segmenter("max-probability.dict.txt")
        let tokens = segmenter.tokens(in: "研究51.8万 COVID19，生命")
        #expect(words(tokens) == ["研究", "51.8", "万", " ", "COVID19", "，", "生命"])
        #expect(tokens.map(\.kind) == [.word, .number, .word, .space, .latin, .punctuation, .word])
        #expect(tokens.map(\.start) == [0, 2, 6, 7, 8, 15, 16], "offsets count Unicode scalars")
    }

    @Test func namesAndPartyWordsComeOutWhole() throws {
        let tokens = try StatsFixtures.jieba().tokens(in: StatsFixtures.text("segmentation-names.txt"))
        let found = words(tokens)
        #expect(found.contains("习近平"))
        #expect(found.contains("党中央"))
        #expect(found.contains("党组织"))
        #expect(tokens.first { $0.text == "习近平" }?.tag == "nrfg")
        #expect(found.joined() == (try StatsFixtures.text("segmentation-names.txt")), "the tokens cover the text")
    }

    @Test func aUserWordWinsOverItsParts() throws {
        let text = try StatsFixtures.text("segmentation-user-word.txt")
        #expect(!words(try StatsFixtures.jieba().tokens(in: text)).contains("乡村振兴"), "jieba alone: 乡村|振兴")
        let segmenter = try StatsFixtures.jieba(userWords: [UserWord(word: "乡村振兴")])
        #expect(words(segmenter.tokens(in: text)).filter { $0 == "乡村振兴" }.count == 2)
    }

    @Test func aUserWordWithoutFrequencyGetsJustEnoughToWin() throws {
        let segmenter = try StatsFixtures.segmenter("max-probability.dict.txt")
        // 研究 × 生命 = 300·400/1250 = 96 (in floating point, a hair either side): jieba adds one to its integer part.
        #expect((96...97).contains(segmenter.suggestedFrequency(for: "研究生命")))
        var extended = segmenter
        extended.add([UserWord(word: "研究生命", tag: "n")])
        #expect(words(extended.tokens(in: "研究生命起源")) == ["研究生命", "起源"])
    }

    @Test func icuAloneSplitsNames() throws {
        // Why the dictionary is read at all: ICU's own dictionary cuts 习近平 into 习|近平.
        let tokens = ICUWordSegmenter().tokens(in: try StatsFixtures.text("segmentation-names.txt"))
        #expect(!words(tokens).contains("习近平"))
        #expect(words(tokens).joined() == (try StatsFixtures.text("segmentation-names.txt")))
        #expect(tokens.filter { $0.kind == .word }.count > 5, "ICU still cuts Chinese into words")
    }
}
