import Testing
@testable import SteleAnalysis

@Suite struct CorpusFiguresTests {
    func article(_ title: String, _ chinese: Int) -> ArticleFigures {
        ArticleFigures(title: title, path: "articles/\(title)/",
                       figures: TextFigures(paragraphs: [String(repeating: "字", count: chinese) + "。"], headings: []))
    }

    @Test func totalsLongestAndShortest() {
        let corpus = CorpusFigures(articles: [article("乙", 50), article("甲", 900), article("丙", 10)])
        #expect(corpus.total.chineseCharacters == 960)
        #expect(corpus.total.paragraphs == 3)
        #expect(corpus.total.sentences == 3)
        #expect(corpus.longest?.title == "甲")
        #expect(corpus.shortest?.title == "丙")
        #expect(corpus.longest(3).map(\.title) == ["甲", "乙", "丙"])
    }

    @Test func equalLengthsAreOrderedByTitle() {
        let corpus = CorpusFigures(articles: [article("b", 5), article("a", 5)])
        #expect(corpus.longest(5).map(\.title) == ["a", "b"])
        #expect(corpus.longest?.title == "a")
        #expect(corpus.shortest?.title == "b")
    }

    @Test func anEmptyCorpusHasNoLongest() {
        #expect(CorpusFigures(articles: []).longest == nil)
    }
}
