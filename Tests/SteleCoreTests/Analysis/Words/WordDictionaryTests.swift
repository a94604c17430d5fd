import Testing
@testable import SteleContent
@testable import SteleSupport
@testable import SteleText

@Suite struct WordDictionaryTests {
    @Test func aWordBringsItsPrefixesAtFrequencyZero() {
        var dictionary = WordDictionary()
        dictionary.add("研究生", frequency: 200, tag: "n")
        #expect(dictionary.entry(for: "研究生") == .init(frequency: 200, tag: "n"))
        #expect(dictionary.entry(for: "研究") == .init(frequency: 0, tag: ""))
        #expect(dictionary.entry(for: "研") == .init(frequency: 0, tag: ""))
        #expect(dictionary.entry(for: "究") == nil)
        #expect(dictionary.contains("研究生"))
        #expect(!dictionary.contains("研究"))
        #expect(dictionary.wordCount == 1)
        #expect(dictionary.total == 200)
    }

    @Test func aPrefixThatBecomesAWordKeepsItsLongerWords() {
        var dictionary = WordDictionary()
        dictionary.add("研究生", frequency: 200, tag: "n")
        dictionary.add("研究", frequency: 300, tag: "vn")
        #expect(dictionary.entry(for: "研究") == .init(frequency: 300, tag: "vn"))
        #expect(dictionary.entry(for: "研究生")?.frequency == 200)
        #expect(dictionary.wordCount == 2)
        #expect(dictionary.total == 500)
    }

    @Test func addingAWordAgainReplacesItsFrequencyAndKeepsItsTagWhenNoneIsGiven() {
        var dictionary = WordDictionary()
        dictionary.add("党建", frequency: 141, tag: "j")
        dictionary.add("党建", frequency: 500, tag: "")
        #expect(dictionary.entry(for: "党建") == .init(frequency: 500, tag: "j"))
        #expect(dictionary.wordCount == 1)
        #expect(dictionary.total == 641, "jieba adds every line's frequency to the total")
    }

    @Test func growsPastItsInitialCapacity() {
        var dictionary = WordDictionary(capacity: 4)
        let words = (0..<2000).map { "词\(Character(Unicode.Scalar(0x4E00 + $0)!))语" }
        for (index, word) in words.enumerated() { dictionary.add(word, frequency: index + 1, tag: "n") }
        #expect(dictionary.wordCount == 2000)
        #expect(words.enumerated().allSatisfy { dictionary.entry(for: $0.element)?.frequency == $0.offset + 1 })
        #expect(dictionary.entry(for: "词") == .init(frequency: 0, tag: ""))
    }

    @Test func readsJiebasDictionaryFormat() throws {
        var dictionary = WordDictionary()
        try DictionaryFile.load(StatsFixtures.data("dictionary-format.txt"), file: "dictionary-format.txt", into: &dictionary)
        #expect(dictionary.entry(for: "党建") == .init(frequency: 141, tag: "j"), "byte-order mark and CRLF are ignored")
        #expect(dictionary.entry(for: "习近平") == .init(frequency: 4, tag: "nrfg"))
        #expect(dictionary.entry(for: "党组织") == .init(frequency: 694, tag: ""), "the tag may be left out")
        #expect(dictionary.total == 141 + 4 + 694)
    }

    @Test func aMalformedLineIsReportedWithItsLine() throws {
        var dictionary = WordDictionary()
        #expect(throws: WordDataError.unreadable(SourceLocation(file: "bad.txt", line: 3),
                                                  reason: "a dictionary line is 'word frequency [tag]'")) {
            try DictionaryFile.load(StatsFixtures.data("dictionary-bad-line.txt"), file: "bad.txt", into: &dictionary)
        }
    }

    @Test func invalidUTF8IsReportedWithItsLine() throws {
        var dictionary = WordDictionary()
        #expect(throws: WordDataError.invalidUTF8(SourceLocation(file: "bad.txt", line: 2))) {
            try DictionaryFile.load(StatsFixtures.data("dictionary-invalid-utf8.txt"), file: "bad.txt", into: &dictionary)
        }
    }

    @Test func readsTheDebianDictionaryWhole() throws {
        let dictionary = try StatsFixtures.jieba().dictionary
        #expect(dictionary.wordCount > 340_000)
        #expect(dictionary.total == 60_101_967, "the total jieba computes for its own dict.txt")
        #expect(dictionary.entry(for: "习近平")?.tag == "nrfg")
        #expect(dictionary.entry(for: "党中央")?.tag == "nt")
    }
}
