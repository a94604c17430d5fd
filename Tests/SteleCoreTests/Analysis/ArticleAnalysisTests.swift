import Testing
@testable import SteleAnalysis
@testable import SteleMarkdown
@testable import SteleText

/// A long article's pass runs in parts on the cores; what it finds must not depend on the parts.
@Suite struct ArticleAnalysisTests {
    /// An article of 120 paragraphs, each with a date, a person, a place and a figure of its own.
    private static func longArticle() throws -> RenderedPage {
        let surnames = ["王", "李", "陈", "刘", "赵", "黄"]
        let paragraphs = (0..<120).map { index in
            let person = surnames[index % surnames.count] + "建" + ["国", "华", "明", "军"][index % 4]
            return "\(2000 + index % 20)年\(index % 12 + 1)月，县长\(person)在云溪市宣布追加投资\(index + 3)万元，"
                + "新建校舍\(index % 7 + 2)栋。“今年的任务已经完成。”\(person)说。"
        }
        let headings = "## 第一部分\n\n" + paragraphs[..<60].joined(separator: "\n\n")
            + "\n\n## 第二部分\n\n" + paragraphs[60...].joined(separator: "\n\n")
        return try TimelineFixtures.page(named: "chang-wen", text: "---\ntitle: 长文\ndate: 2024-05-01\n---\n\n" + headings)
    }

    private static func analysis(of page: RenderedPage, runBytes: Int) throws -> ArticleAnalysis {
        let segmenter = try StatsFixtures.jiebaWithHMM()
        return ArticleAnalysis(page: page, articleIndex: 3, segmenter: segmenter, stopwords: Stopwords.chinese,
                               extractor: TimelineExtractor(), scanner: QuantityScanner(segmenter: segmenter),
                               runBytes: runBytes)
    }

    @Test func anArticleReadInRunsGivesWhatOneRunGives() throws {
        let page = try Self.longArticle()
        let whole = try Self.analysis(of: page, runBytes: .max)
        let inRuns = try Self.analysis(of: page, runBytes: 500)  // a run every three paragraphs

        #expect(whole.words.wordTokens > 2_000)
        #expect(inRuns.words == whole.words)
        #expect(inRuns.quantities == whole.quantities)
        #expect(try inRuns.events.get() == whole.events.get())
        #expect(inRuns.figures == whole.figures)
    }

    @Test func figuresKeepTheirParagraphAndNamesTheirOrderAcrossRuns() throws {
        let inRuns = try Self.analysis(of: Self.longArticle(), runBytes: 500)
        let investments = inRuns.quantities.list.filter { $0.quantity.unit == "元" }
        #expect(investments.count == 120)
        #expect(investments.map(\.paragraph) == (1...120).map(Int32.init))
        #expect(investments.last?.quantity.value == 1_220_000)
        let people = inRuns.words.mentions.filter { $0.kind == .person }.map(\.name)
        #expect(people.first == "王建国")  // the first paragraph's
        #expect(people.last == "黄建军")  // the 120th's
    }
}
