import Testing
@testable import SteleAnalysis
@testable import SteleContent
@testable import SteleMarkdown
import SteleText

/// `CorpusAnalysis.replaceEvents` merges an edited article's events into the corpus's where a sort of
/// them all would put them, and says where the new ones stand.
@Suite struct ReplacedEventsTests {
    /// An article of one paragraph per sentence.
    private func article(_ number: Int, _ sentences: [String]) -> RenderedPage {
        let body = sentences.joined(separator: "\n\n") + "\n"
        var frontmatter = Frontmatter()
        frontmatter.title = "文\(number)"
        let page = Page(source: "content/a\(number).md", frontmatter: frontmatter, body: body, bodyStartLine: 1)
        return RenderedPage(page: page, path: "articles/a\(number)/", markdown: MarkdownRenderer().render(body, firstLine: 1))
    }

    private func events(_ number: Int, _ sentences: [String]) throws -> [TimelineEvent] {
        try TimelineExtractor.sorted(TimelineExtractor().events(in: article(number, sentences), articleIndex: number))
    }

    private let corpus = [
        ["2001年3月，甲村修通公路。", "2010年5月，甲村建成学校。", "2020年1月，甲村通上网络。"],
        ["2005年7月，乙镇建成水厂。", "2010年5月，乙镇建成学校。"],
        ["1998年，丙县遭遇洪水。", "2015年9月，丙县建成大桥。", "2022年6月，丙县开通高铁。"],
        ["2010年5月，丁乡建成医院。"],
    ]

    @Test("the article's new events stand where a sort of every event puts them", arguments: [
        ["1990年2月，乙镇建成码头。", "2030年1月，乙镇建成机场。"],     // before and after all the others
        ["2010年5月，乙镇建成新的学校。", "2010年5月，乙镇建成书屋。"],   // tied dates among the others'
        ["2005年7月，乙镇建成水厂。"],                                    // one kept, one dropped
        [],                                                               // every event dropped
        ["2002年，乙镇建桥。", "2008年，乙镇建路。", "2016年，乙镇建站。", "2021年，乙镇建园。"],
    ])
    func newEventsStandWhereASortPutsThem(edit: [String]) async throws {
        let all = try corpus.enumerated().flatMap { try events($0.offset, $0.element) }
        #expect(all.count == 9, "one event a sentence")
        let statistics = try await StatisticsReport(pages: [], sources: WordSources(segmenter: ICUWordSegmenter(),
                                                                                     dictionaryPath: nil, idfPath: nil),
                                                    eventYears: [])
        var analysis = CorpusAnalysis(tags: TagIndex(), events: TimelineExtractor.sorted(all), statistics: statistics)
        let old = try events(1, corpus[1])
        let new = try events(1, edit)
        let places = analysis.replaceEvents(ofArticle: 1, with: new)
        let expected = TimelineExtractor.sorted(all.filter { $0.position.article != 1 } + new)
        #expect(analysis.events == expected)
        for event in new where !old.contains(event) {
            let place = try #require(expected.firstIndex(of: event))
            #expect(places.contains { $0.place == place && $0.year == event.start.year }, "\(event.text) at \(place)")
        }
        #expect(places.count == new.count { !old.contains($0) } + old.count { !new.contains($0) })
        #expect(places.allSatisfy { expected.indices.contains($0.place) || $0.place == expected.count })
    }
}
