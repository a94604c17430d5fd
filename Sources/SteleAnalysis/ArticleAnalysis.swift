import SteleContent
import SteleMarkdown
import SteleSupport
import SteleText

/// All that the corpus pages need of one article, found in one pass over its text: its paragraphs are
/// cut into words once, and those tokens feed the word counts, the names and the quantities before
/// they are dropped. The timeline's events come from the same pass. The corpus merges these results
/// (`CorpusAnalysis`), so at no time does a build hold the tokens of every article.
public struct ArticleAnalysis: Sendable {
    /// The article's events in the order of its text, frontmatter events last; or why its frontmatter
    /// could not give them.
    public var events: Result<[TimelineEvent], TimelineError>
    /// Every figure the article cites, in paragraph order.
    public var quantities: ArticleQuantities
    public var words: ArticleWords
    public var figures: ArticleFigures

    /// Analyses `page`, the `articleIndex`-th of the corpus (which orders events that share a date).
    /// `scanner` should know the units of `segmenter`'s dictionary (`QuantityScanner(segmenter:)`).
    ///
    /// A long article's paragraphs are cut and scanned in runs on all cores, beside its events (which
    /// carry dates from paragraph to paragraph, so are found in one go): a build of many short articles
    /// spreads them over the cores, but a report of megabytes held one core while the others waited.
    /// The runs' results are joined in paragraph order, so the analysis is the same either way.
    public init(page: RenderedPage, articleIndex: Int, segmenter: any WordSegmenter, stopwords: WordSet,
                extractor: TimelineExtractor, scanner: QuantityScanner) {
        self.init(page: page, articleIndex: articleIndex, segmenter: segmenter, stopwords: stopwords,
                  extractor: extractor, scanner: scanner, runBytes: Self.runBytes)
    }

    /// How much paragraph text (UTF-8 bytes) makes a run of its own: an ordinary article is one run,
    /// done on the core its task is on.
    static let runBytes = 64 * 1024

    /// The analysis with the paragraphs in runs of about `runBytes` bytes.
    init(page: RenderedPage, articleIndex: Int, segmenter: any WordSegmenter, stopwords: WordSet,
         extractor: TimelineExtractor, scanner: QuantityScanner, runBytes: Int) {
        let pass = Pass(page: page, articleIndex: articleIndex, segmenter: segmenter, stopwords: stopwords,
                        extractor: extractor, scanner: scanner)
        let runs = Pass.runs(of: page.markdown.paragraphs, bytes: runBytes)
        // The events first: the longest single part, given out to a core before the runs. The last run
        // takes the headings too: their words come after the paragraphs'.
        let parts: [Pass.Part] = [.events] + runs.enumerated().map { index, run in
            .paragraphs(run, withHeadings: index == runs.count - 1)
        }
        let done = runs.count > 1 ? parts.parallelMap(pass.run) : parts.map(pass.run)

        var events: Result<[TimelineEvent], TimelineError> = .success([])  // set by the `.events` part
        var found: [ParagraphRun] = []
        for outcome in done {
            switch outcome {
            case let .events(result): events = result
            case let .paragraphs(run): found.append(run)
            }
        }
        self.events = events
        // An article of one run (nearly every one) takes its words as they are, merging no table.
        words = found.first?.words ?? ArticleWords()
        for run in found.dropFirst() { words.add(run.words) }
        // Sized exactly: every article's list is held until the corpus merges them, and grown by
        // appending they held a third more than their quantities.
        quantities = ArticleQuantities(articleTitle: page.title, articlePath: page.path)
        quantities.list.reserveCapacity(found.reduce(0) { $0 + $1.quantities.count })
        for run in found { quantities.list += run.quantities }
        figures = ArticleFigures(page)
    }

    /// The words and quantities of a run of an article's paragraphs.
    private struct ParagraphRun: Sendable {
        var words: ArticleWords
        var quantities: [ParagraphQuantity]
    }

    /// One article's pass, in parts that can run on separate cores.
    private struct Pass: Sendable {
        let page: RenderedPage
        let articleIndex: Int
        let segmenter: any WordSegmenter
        let stopwords: WordSet
        let extractor: TimelineExtractor
        let scanner: QuantityScanner

        /// The article's events, or a run of its paragraphs (by their indices), the last with the
        /// article's headings.
        enum Part: Sendable {
            case events
            case paragraphs(Range<Int>, withHeadings: Bool)
        }

        enum Outcome: Sendable {
            case events(Result<[TimelineEvent], TimelineError>)
            case paragraphs(ParagraphRun)
        }

        /// The article's paragraphs in runs of about `runBytes` bytes of text, in order.
        static func runs(of paragraphs: [Paragraph], bytes runBytes: Int) -> [Range<Int>] {
            var runs: [Range<Int>] = []
            var start = 0
            var bytes = 0
            for (index, paragraph) in paragraphs.enumerated() {
                bytes += paragraph.text.utf8.count
                if bytes >= runBytes {
                    runs.append(start..<(index + 1))
                    (start, bytes) = (index + 1, 0)
                }
            }
            if start < paragraphs.count || runs.isEmpty { runs.append(start..<paragraphs.count) }
            return runs
        }

        func run(_ part: Part) -> Outcome {
            switch part {
            case .events:
                return .events(Result { () throws(TimelineError) in
                    try extractor.events(in: page, articleIndex: articleIndex)
                })
            case let .paragraphs(range, withHeadings):
                let paragraphs = page.markdown.paragraphs[range]
                let tokens = paragraphs.map { segmenter.tokens(in: $0.text) }
                let headings = withHeadings ? page.markdown.headings.map { segmenter.tokens(in: $0.text) } : []
                var quantities: [ParagraphQuantity] = []
                for (index, (paragraph, tokens)) in zip(range, zip(paragraphs, tokens)) {
                    quantities += scanner.quantities(in: paragraph.text, tokens: tokens).map {
                        ParagraphQuantity(quantity: $0, paragraph: index + 1)
                    }
                }
                let words = ArticleWords(blocks: tokens + headings, stopwords: stopwords,
                                         dictionary: (segmenter as? DictionarySegmenter)?.dictionary)
                return .paragraphs(ParagraphRun(words: words, quantities: quantities))
            }
        }
    }

    /// How many pages are analysed on all cores before their results are merged (`merging`).
    static let batchSize = 256

    /// Each page's own pass (`ArticleAnalysis`), one page per task; from `cache` for the pages it holds
    /// unchanged. `merging` is given each result in page order, with its page's index, as each batch of
    /// `batchSize` pages is done: what it takes out of a result (the words, which the corpus tallies as
    /// it goes) is not held for the rest of the analysis.
    static func analyse(_ pages: [RenderedPage], sources: WordSources, cache: AnalysisCache? = nil,
                        merging: (Int, inout ArticleAnalysis) -> Void = { _, _ in }) async -> [ArticleAnalysis]
    {
        let analyser = Analyser(sources: sources)
        cache?.beginBuild()
        defer { cache?.endBuild() }
        let numbered = Array(pages.enumerated())
        @Sendable func analyseBatch(from start: Int) async -> [ArticleAnalysis] {
            guard start < numbered.count else { return [] }
            return await numbered[start..<min(start + batchSize, numbered.count)].concurrentMap { index, page in
                analyser.analysis(of: page, articleIndex: index, cache: cache)
            }
        }
        var results: [ArticleAnalysis] = []
        results.reserveCapacity(pages.count)
        var batch = await analyseBatch(from: 0)
        // Each batch is merged while the next one is analysed: merged after it, the merge (the corpus's
        // word tables, on one core) left the other cores idle.
        for start in stride(from: batchSize, through: pages.count + batchSize - 1, by: batchSize) {
            async let next = analyseBatch(from: start)
            for var article in batch {
                merging(results.count, &article)
                results.append(article)
            }
            batch = await next
        }
        return results
    }

    /// The analysis of `page`, the `articleIndex`-th of the corpus, cut with `sources`: from `cache`
    /// when it holds the page unchanged, else made and kept there. What `stele serve` does for an
    /// edited article before the whole site is built again (which then finds it in the cache).
    public static func analyse(_ page: RenderedPage, articleIndex: Int, sources: WordSources,
                               cache: AnalysisCache?) -> ArticleAnalysis {
        Analyser(sources: sources).analysis(of: page, articleIndex: articleIndex, cache: cache)
    }

    /// What every page's pass shares: the word sources, and the scanners made from them once.
    private struct Analyser: Sendable {
        let sources: WordSources
        let extractor = TimelineExtractor()
        let scanner: QuantityScanner

        init(sources: WordSources) {
            self.sources = sources
            scanner = QuantityScanner(segmenter: sources.segmenter)
        }

        func analysis(of page: RenderedPage, articleIndex: Int, cache: AnalysisCache?) -> ArticleAnalysis {
            let analyse = {
                ArticleAnalysis(page: page, articleIndex: articleIndex, segmenter: sources.segmenter,
                                stopwords: sources.stopwords, extractor: extractor, scanner: scanner)
            }
            guard let cache else { return analyse() }
            return cache.analysis(of: page, articleIndex: articleIndex, wordSources: sources.identity, analyse: analyse)
        }
    }

    /// Every page's own pass, its words tallied into the corpus's as each batch is done and then let go
    /// (see `CorpusWords`): the analyses returned hold no words.
    /// With `memo`, the tallies are kept there too, when they can take an edit (`CorpusWords.replace`).
    static func analyseTallyingWords(_ pages: [RenderedPage], sources: WordSources, cache: AnalysisCache? = nil,
                                     memo: WordTallyMemo? = nil)
        async throws(ContentError) -> (articles: [ArticleAnalysis], words: CorpusWords)
    {
        var idf: IDFTable?
        if let path = sources.idfPath {
            idf = try wordData { () throws(WordDataError) in try IDFTable.load(path: path) }
        }
        var words = CorpusWords(idf: idf)
        let articles = await analyse(pages, sources: sources, cache: cache) { index, article in
            words.add(article.words, frontmatter: pages[index].page.frontmatter)
            article.words = ArticleWords()
        }
        memo?.keep(words.weighsAgainstBackground ? WordTally(words: words, sources: sources) : nil)
        return (articles, words)
    }

    /// The same analysis for the article at another place among the pages (another article added before
    /// it): only the place its events sort by changes.
    func renumbered(to articleIndex: Int) -> ArticleAnalysis {
        var copy = self
        copy.events = events.map { $0.map { event in
            var event = event
            event.position.article = articleIndex
            return event
        } }
        return copy
    }

    /// An analysis as `AnalysisStore` keeps it: one whose events were found.
    struct Stored: EntryCodable {
        var events: [TimelineEvent]
        var quantities: ArticleQuantities
        var words: ArticleWords
        var figures: ArticleFigures

        init(events: [TimelineEvent], quantities: ArticleQuantities, words: ArticleWords,
             figures: ArticleFigures) {
            self.events = events
            self.quantities = quantities
            self.words = words
            self.figures = figures
        }

        init(from reader: inout EntryReader) throws(EntryReader.Damaged) {
            events = try reader.readList(of: TimelineEvent.self)
            quantities = try reader.read(ArticleQuantities.self)
            words = try reader.read(ArticleWords.self)
            figures = try reader.read(ArticleFigures.self)
        }

        func write(to writer: inout EntryWriter) {
            writer.write(events)
            writer.write(quantities)
            writer.write(words)
            writer.write(figures)
        }
    }

    /// The analysis to store; nil when its frontmatter events failed (that error is found again each build).
    var stored: Stored? {
        guard case let .success(events) = events else { return nil }
        return Stored(events: events, quantities: quantities, words: words, figures: figures)
    }

    init(_ stored: Stored) {
        events = .success(stored.events)
        quantities = stored.quantities
        words = stored.words
        figures = stored.figures
    }
}
