import SteleContent
import SteleMarkdown
import SteleSupport

/// What a build learns from the whole corpus, once, after every article is rendered: its tags, the
/// dated events of its timeline and its statistics. Plain values keyed by page path and paragraph id;
/// the page producers turn them into views and URLs.
public struct CorpusAnalysis: Sendable {
    public var tags: TagIndex
    /// Every dated event, in timeline order.
    public var events: [TimelineEvent]
    public var statistics: StatisticsReport

    public init(tags: TagIndex, events: [TimelineEvent], statistics: StatisticsReport) {
        self.tags = tags
        self.events = events
        self.statistics = statistics
    }

    /// Analyses `pages` (newest first, the order every list keeps), cutting words with `words`: each
    /// page in its own pass (`ArticleAnalysis`), or from `cache` when it is unchanged, then the merge.
    /// `wordTallyMemo` keeps the corpus's word tables for an edit (`stele serve`).
    public init(pages: [RenderedPage], words: WordSources, cache: AnalysisCache? = nil,
                wordTallyMemo: WordTallyMemo? = nil) async throws(AnalysisError) {
        var errors: [AnalysisError] = []
        var tags = TagIndex()
        do {
            tags = try TagIndex(pages: pages)
        } catch {
            errors.append(.tags(error))
        }
        var (articles, corpusWords): ([ArticleAnalysis], CorpusWords)
        do throws(ContentError) {
            (articles, corpusWords) = try await ArticleAnalysis.analyseTallyingWords(pages, sources: words, cache: cache,
                                                                                     memo: wordTallyMemo)
        } catch {
            throw AnalysisError(errors + [.words(error)])
        }
        var events: [TimelineEvent] = []
        events.reserveCapacity(articles.reduce(0) { total, article in total + ((try? article.events.get())?.count ?? 0) })
        // Each article's results are let go as they are merged, here and in the statistics: the merged
        // lists and every article's own were the peak of a large build's memory.
        for index in articles.indices {
            switch articles[index].events {
            case let .success(found): events += found
            case let .failure(error): errors.append(.timeline(error))
            }
            articles[index].events = .success([])
        }
        if !errors.isEmpty { throw AnalysisError(errors) }
        // Sorted beside the statistics' merge, which counts the years in any order.
        let years = events.map(\.start.year)
        async let sorted = TimelineExtractor.sorted(events)
        statistics = await StatisticsReport(articles: consume articles, words: consume corpusWords, sources: words,
                                            eventYears: years)
        self.tags = tags
        self.events = await sorted
    }
}

extension CorpusAnalysis {
    /// Replaces the events of the `article`th article with `events`, its own in timeline order
    /// (`TimelineExtractor.sorted`), each merged in where the corpus's sort would put it: what `stele
    /// serve` lists on the timeline at once after an edit. The rest of the analysis stays as it was.
    /// Returns where the article's new and changed events now stand in `events`, and where each of
    /// its old ones that is gone or changed stood (the place of the event after it), each with the
    /// event's year: the timeline pages the edit changed. An event as it was is in none of them.
    ///
    /// One pass over the corpus's events and a search by halves for each new one, not a sort of them
    /// all: at 10,000 articles (144,000 events) a sort alone would take longer than the whole quick step.
    @discardableResult
    public mutating func replaceEvents(ofArticle article: Int, with events: [TimelineEvent])
        -> [(place: Int, year: Int)]
    {
        let previous = self.events.filter { $0.position.article == article }
        // An edit that leaves every event as it was (most do) copies none of the corpus's.
        if previous == events { return [] }
        let old = self.events
        self.events = []  // its events are let go as soon as the merged copy is made
        var merged: [TimelineEvent] = []
        merged.reserveCapacity(old.count + events.count)
        var places: [(place: Int, year: Int)] = []
        // The old events, the article's own left out, copied up to where each new one goes: found by
        // halves among all of them, which are in timeline order, the article's own included.
        func copy(_ range: Range<Int>) {
            for index in range {
                if old[index].position.article != article {
                    merged.append(old[index])
                } else if !events.contains(old[index]) {
                    places.append((merged.count, old[index].start.year))
                }
            }
        }
        var next = old.startIndex
        for event in events {
            // The events of different articles are never tied (their positions differ).
            var low = next, high = old.endIndex
            while low < high {
                let middle = (low + high) / 2
                if TimelineEvent.isOrdered(old[middle], before: event) { low = middle + 1 } else { high = middle }
            }
            copy(next..<low)
            if !previous.contains(event) { places.append((merged.count, event.start.year)) }
            merged.append(event)
            next = low
        }
        copy(next..<old.endIndex)
        self.events = merged
        return places
    }
}

/// Why the corpus could not be analysed: frontmatter the timeline cannot use, tags that collide, word
/// data that cannot be read.
public enum AnalysisError: DiagnosticError, Equatable {
    case timeline(TimelineError)
    case tags(TagError)
    case words(ContentError)
    /// Several independent problems, all reported at once.
    case multiple([AnalysisError])

    /// One error as is, several as `.multiple`.
    public init(_ errors: [AnalysisError]) {
        self = errors.count == 1 ? errors[0] : .multiple(errors)
    }

    public var diagnostics: [Diagnostic] {
        switch self {
        case let .timeline(error): error.diagnostics
        case let .tags(error): error.diagnostics
        case let .words(error): error.diagnostics
        case let .multiple(errors): errors.flatMap(\.diagnostics)
        }
    }
}
