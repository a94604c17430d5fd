import Testing
@testable import SteleAnalysis
@testable import SteleMarkdown

@Suite struct TextFiguresTests {
    /// figures.md rendered as the build renders it.
    func figures() throws -> TextFigures {
        let markdown = MarkdownRenderer().render(try StatsFixtures.text("figures.md"))
        return TextFigures(paragraphs: markdown.paragraphs.map(\.text), headings: markdown.headings.map(\.text))
    }

    @Test func countsChineseCharactersAndAllCharacters() throws {
        let figures = try figures()
        // 甲乙丙丁戊己庚辛壬癸 10 + 数字不是句末好 7 + 省略号也结束句子下一句 11 + 标题 2 + 小标题 3
        #expect(figures.chineseCharacters == 33)
        // Without spaces: 16 + 23 + 15 in the paragraphs, 2 + 6 in the headings.
        #expect(figures.characters == 62)
    }

    @Test func countsParagraphsAndHeadings() throws {
        let figures = try figures()
        #expect(figures.paragraphs == 3)
        #expect(figures.headings == 2)
    }

    @Test func countsSentences() throws {
        // 甲乙。丙丁！戊己？“庚辛。”壬癸 → 5 (the last has no mark; ” closes the fourth);
        // 数字51.8不是句末。Hello world 好。 → 2 (a decimal point ends nothing);
        // 省略号也结束句子……下一句？！ → 2 (…… ends one, ？！ is one end).
        #expect(try figures().sentences == 9)
        #expect(TextFigures.sentenceCount("") == 0)
        #expect(TextFigures.sentenceCount("。。") == 0)
    }

    @Test func readingTimeIsCharactersOverReadingSpeedRoundedUp() throws {
        #expect(TextFigures.charactersPerMinute == 400)
        #expect(TextFigures.wordsPerMinute == 238)
        // 33 Chinese characters, and 51.8, Hello, world and Two as one word each.
        #expect(try figures().chineseCharacters == 33)
        #expect(try figures().latinWords == 4)
        #expect(try figures().readingMinutes == 1)
        let exactly = TextFigures(paragraphs: [String(repeating: "字", count: 800)], headings: [])
        #expect(exactly.readingMinutes == 2)
        let more = TextFigures(paragraphs: [String(repeating: "字", count: 801)], headings: [])
        #expect(more.readingMinutes == 3)
        #expect(TextFigures().readingMinutes == 0)
    }

    @Test func englishIsReadInWordsAMinute() {
        let words = { (count: Int) in TextFigures(paragraphs: [Array(repeating: "word", count: count).joined(separator: " ")], headings: []) }
        #expect(words(238).readingMinutes == 1)
        #expect(words(239).readingMinutes == 2)
        #expect(words(1000).readingMinutes == 5)
        // Half a minute of each: 200 characters and 119 words.
        let mixed = TextFigures(paragraphs: [String(repeating: "字", count: 200) + String(repeating: " word", count: 119)], headings: [])
        #expect(mixed.readingMinutes == 1)
    }

    @Test func figuresAdd() throws {
        let sum = try figures() + figures()
        #expect(sum.chineseCharacters == 66)
        #expect(sum.sentences == 18)
        #expect(sum.headings == 4)
    }
}
