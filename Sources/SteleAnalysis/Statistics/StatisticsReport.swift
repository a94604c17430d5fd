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
    public internal(set) var quantities: CitedQuantities
    public var decades: [DecadeCount]
    public var notes: [Note]
    /// The dictionary that cut the words as pages name it (relative to the site when inside it), nil for ICU.
    public var dictionaryPath: String?
    /// The IDF table as pages name it.
    public var idfPath: String?
    public var userWordCount: Int
    public var dictionaryWordCount: Int
    /// Whether words the dictionary lacks were found by jieba's HMMs.
    public var findsNewWords: Bool

    /// Analyses `pages` (in the order given, which the page keeps), cutting words with `sources`.
    /// `eventYears` are the start years of the timeline's events, counted by decade for the chart.
    public init(pages: [RenderedPage], sources: WordSources, eventYears: [Int]) async throws(ContentError) {
        let (articles, words) = try await ArticleAnalysis.analyseTallyingWords(pages, sources: sources)
        await self.init(articles: articles, words: words, sources: sources, eventYears: eventYears)
    }

    /// Merges the articles' own results (`articles[i]` of the `i`th page), letting each go once merged;
    /// `words` were tallied from them as they were analysed.
    init(articles: consuming [ArticleAnalysis], words: consuming CorpusWords, sources: WordSources, eventYears: [Int]) async {
        figures = CorpusFigures(articles: articles.map(\.figures))
        self.words = words.statistics()
        var quantities = CitedQuantities()
        for index in articles.indices {
            quantities.append(run: articles[index].quantities)
            articles[index].quantities.list = []
        }
        self.quantities = quantities
        listedOrder = await Self.listedOrder(quantities)
        decades = DecadeCount.histogram(years: eventYears)
        var notes: [Note] = []
        if !sources.usesDictionary { notes.append(.icuFallback(searched: sources.searchedDictionary)) }
        if !self.words.backgroundIDF { notes.append(.corpusIDF(searched: sources.searchedIDF)) }
        self.notes = notes
        dictionaryPath = sources.shownPath(sources.dictionaryPath)
        idfPath = sources.shownPath(sources.idfPath)
        userWordCount = sources.userWordCount
        dictionaryWordCount = sources.dictionaryWordCount
        findsNewWords = sources.findsNewWords
    }

    /// The quantities of `group`, largest value first (then as written, so the order is stable).
    public func quantities(in group: Quantity.Group) -> ListedQuantities {
        ListedQuantities(all: quantities, order: listedOrder[group] ?? [])
    }

    /// Each group's quantities in the order of `isListed`, as places in `quantities`: sorted once for
    /// the page and stats.json, and held as places rather than a second copy of every quantity
    /// (80 MB at 10,000 articles).
    var listedOrder: [Quantity.Group: [CitedQuantities.Place]] = [:]

    /// The quantities of one group in listed order, read from the report's lists.
    public struct ListedQuantities: RandomAccessCollection, Sendable {
        let all: CitedQuantities
        let order: [CitedQuantities.Place]

        public var startIndex: Int { order.startIndex }
        public var endIndex: Int { order.endIndex }
        public subscript(position: Int) -> CitedQuantity { all[order[position]] }
    }
}
