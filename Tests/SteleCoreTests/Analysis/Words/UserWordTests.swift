import Testing
@testable import SteleContent
@testable import SteleSupport
@testable import SteleText

@Suite struct UserWordTests {
    @Test func readsAWordListInJiebasUserDictionaryFormat() throws {
        let words = try DictionaryFile.userWords(in: StatsFixtures.text("user-words.txt"), file: "words.txt")
        #expect(words == [
            UserWord(word: "乡村振兴"),
            UserWord(word: "基层党组织", tag: "nt"),
            UserWord(word: "潘从明", frequency: 20, tag: "nr"),
        ])
    }

    @Test func aLineThatIsNotWordFrequencyTagIsReportedWithItsLine() throws {
        let text = try StatsFixtures.text("user-words-bad.txt")
        let error = #expect(throws: WordDataError.self) {
            try DictionaryFile.userWords(in: text, file: "words.txt")
        }
        #expect(error?.diagnostics.first?.location == SourceLocation(file: "words.txt", line: 2))
        #expect(error?.description.contains("基层党组织") == true)
    }
}
