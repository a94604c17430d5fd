import Testing
@testable import SteleAnalysis
@testable import SteleText

@Suite struct WordStatisticsTests {
    func token(_ text: String, _ tag: String = "n", kind: Token.Kind = .word) -> Token {
        Token(text: text, kind: kind, tag: tag, start: 0, length: text.unicodeScalars.count)
    }

    var articles: [[Token]] {
        [
            [token("党建"), token("的", "uj"), token("工作"), token("，", "x", kind: .punctuation), token("党建"),
             token("习近平", "nrfg"), token("三个", "m"), token("51.8", "m", kind: .number), token("党中央", "nt")],
            [token("工作"), token("佳县", "ns"), token("医院"), token("医院"), token("在", "p"), token("梅", "nr")],
        ]
    }

    @Test func countsWordsWithoutStopwordsNumbersAndPunctuation() {
        let statistics = WordStatistics(articles: articles, stopwords: Stopwords.chinese, idf: nil)
        #expect(statistics.topWords == [
            WordCount(word: "党建", count: 2), WordCount(word: "工作", count: 2), WordCount(word: "医院", count: 2),
            WordCount(word: "习近平", count: 1), WordCount(word: "佳县", count: 1), WordCount(word: "党中央", count: 1),
            WordCount(word: "梅", count: 1),
        ].sorted { $0.count != $1.count ? $0.count > $1.count : $0.word.unicodeScalars.lexicographicallyPrecedes($1.word.unicodeScalars) })
        #expect(statistics.wordTokens == 13, "words and the numeral word 三个; not 51.8 or the comma")
        #expect(statistics.contentTokens == 10)
        #expect(statistics.vocabulary == 10)
        #expect(abs(statistics.lexicalDensity - 10.0 / 13.0) < 1e-9)
        #expect(abs(statistics.typeTokenRatio - 10.0 / 13.0) < 1e-9)
    }

    @Test func aTagAloneNamesNobody() {
        let statistics = WordStatistics(articles: articles, stopwords: Stopwords.chinese, idf: nil)
        #expect(statistics.people.isEmpty, "习近平 is tagged nrfg, but nothing around it says it is a person here")
        #expect(statistics.places.isEmpty, "佳县 is tagged ns, but nothing leads to it")
        #expect(statistics.organisations == [WordCount(word: "佳县医院", count: 1)], "a place, then the word for a body")
    }

    @Test func weighsDistinctiveWordsByTFIDFAgainstTheBackgroundTable() {
        let idf = IDFTable(values: ["党建": 5, "工作": 1, "医院": 3, "佳县": 12], median: 8)
        let statistics = WordStatistics(articles: articles, stopwords: Stopwords.chinese, idf: idf)
        // Article 1 counts 党建 2, 工作 1, 习近平 1, 党中央 1 (5 words of two or more characters).
        #expect(statistics.distinctive[0].map(\.word) == ["党建", "习近平", "党中央", "工作"])
        #expect(abs(statistics.distinctive[0][0].weight - 2.0 / 5.0 * 5) < 1e-9)
        #expect(abs(statistics.distinctive[0][1].weight - 1.0 / 5.0 * 8) < 1e-9, "the median for a word the table lacks")
        // Article 2: 医院 2×3/4 = 1.5 and 佳县 12/4 = 3; 梅 has one character.
        #expect(statistics.distinctive[1].map(\.word) == ["佳县", "医院", "工作"])
        #expect(statistics.backgroundIDF)
    }

    @Test func withoutABackgroundTableWeighsAgainstTheCorpus() {
        let statistics = WordStatistics(articles: articles, stopwords: Stopwords.chinese, idf: nil)
        #expect(!statistics.backgroundIDF)
        // 工作 is in both articles: it sinks below words of one article.
        #expect(statistics.distinctive[0].last?.word == "工作")
        #expect(statistics.distinctive[1].first?.word == "医院")
    }
}
