import Foundation
import SteleContent
import SteleMarkdown
import SteleSupport
import SteleText

/// Everything the statistics page shows, computed from the rendered articles.
public struct StatisticsReport: Sendable {
    /// A quantity with the article and paragraph it was cited in.
    public struct CitedQuantity: Sendable, Equatable {
        public var quantity: Quantity
        public var articleTitle: String
        public var articlePath: String
        /// `p-N`, the id of the paragraph.
        public var paragraphID: String
    }

    /// Something a reader should know about how the figures were made.
    public enum Note: Sendable, Equatable {
        /// No jieba dictionary was found where it was looked for: ICU cut the words.
        case icuFallback(searched: String)
        /// No background IDF table: distinctive words are weighed against the corpus alone.
        case corpusIDF(searched: String)
    }

    public var figures: CorpusFigures
    public var words: WordStatistics
    /// Every quantity, in article then paragraph order.
    public var quantities: [CitedQuantity]
    public var decades: [DecadeCount]
    public var notes: [Note]
    /// The dictionary that cut the words as pages name it (relative to the site when inside it), nil for ICU.
    public var dictionaryPath: String?
    /// The IDF table as pages name it.
    public var idfPath: String?
    public var userWordCount: Int
    public var dictionaryWordCount: Int

    /// Analyses `pages` (in the order given, which the page keeps), cutting words with `sources`.
    /// `eventYears` are the start years of the timeline's events, counted by decade for the chart.
    public init(pages: [RenderedPage], sources: WordSources, eventYears: [Int]) async throws(ContentError) {
        let segmented = await Self.segment(pages, with: sources.segmenter)
        let articleTokens = segmented.map { Array($0.paragraphs.joined()) + Array($0.headings.joined()) }
        var idf: IDFTable?
        if let path = sources.idfPath {
            idf = try wordData { () throws(WordDataError) in try IDFTable.load(path: path) }
        }
        figures = CorpusFigures(articles: pages.map(ArticleFigures.init))
        words = WordStatistics(articles: articleTokens, frontmatter: pages.map(\.page.frontmatter),
                               stopwords: sources.stopwords, idf: idf)
        let scanner = QuantityScanner(segmenter: sources.segmenter)
        quantities = await zip(pages, segmented.map(\.paragraphs)).map { (page: $0, tokens: $1) }.concurrentMap { article in
            zip(article.page.markdown.paragraphs, article.tokens).flatMap { paragraph, paragraphTokens in
                scanner.quantities(in: paragraph.text, tokens: paragraphTokens).map {
                    CitedQuantity(quantity: $0, articleTitle: article.page.title, articlePath: article.page.path,
                                  paragraphID: paragraph.id)
                }
            }
        }.flatMap { $0 }
        decades = DecadeCount.histogram(years: eventYears)
        var notes: [Note] = []
        if !sources.usesDictionary { notes.append(.icuFallback(searched: sources.searchedDictionary)) }
        if idf == nil { notes.append(.corpusIDF(searched: sources.searchedIDF)) }
        self.notes = notes
        dictionaryPath = sources.shownPath(sources.dictionaryPath)
        idfPath = sources.shownPath(sources.idfPath)
        userWordCount = sources.userWordCount
        dictionaryWordCount = sources.dictionaryWordCount
    }

    /// The quantities of `group`, largest value first (then as written, so the order is stable).
    public func quantities(in group: Quantity.Group) -> [CitedQuantity] {
        quantities.filter { $0.quantity.group == group }.sorted {
            $0.quantity.value != $1.quantity.value
                ? $0.quantity.value > $1.quantity.value
                : ($0.quantity.text, $0.articlePath, $0.paragraphID) < ($1.quantity.text, $1.articlePath, $1.paragraphID)
        }
    }

    /// The tokens of each page's paragraphs and headings, one page per task.
    package static func segment(_ pages: [RenderedPage], with segmenter: any WordSegmenter)
        async -> [(paragraphs: [[Token]], headings: [[Token]])]
    {
        await pages.concurrentMap { page in
            (page.markdown.paragraphs.map { segmenter.tokens(in: $0.text) },
             page.markdown.headings.map { segmenter.tokens(in: $0.text) })
        }
    }
}
