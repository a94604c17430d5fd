import Algorithms
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
    /// In place: the article's old events are taken out and its new ones put in, the others moved
    /// along rather than copied (a copy of 144,000 events retained each one's strings, a third of the
    /// step at 10,000 articles), and a search by halves places each new one, not a sort of them all.
    @discardableResult
    public mutating func replaceEvents(ofArticle article: Int, with events: [TimelineEvent])
        -> [(place: Int, year: Int)]
    {
        // Read through the buffer: reading `self.events[index]` copied each event, retaining its strings.
        let own = self.events.withUnsafeBufferPointer { buffer in
            buffer.indices.filter { buffer[$0].position.article == article }
        }
        let previous = own.map { self.events[$0] }
        // An edit that leaves every event as it was (most do) moves none of the corpus's.
        if previous == events { return [] }
        // How many of the other articles' events come before `index`, the article's own left out.
        func othersBefore(_ index: Int) -> Int {
            index - own.partitioningIndex { $0 >= index }
        }
        // Each new event goes before the first event it is ordered before, among them all (the
        // article's own included: the events of different articles are never tied).
        var lows: [Int] = []
        var next = self.events.startIndex
        for event in events {
            next = self.events[next...].partitioningIndex { !TimelineEvent.isOrdered($0, before: event) }
            lows.append(next)
        }
        let insertions = lows.map(othersBefore)
        var places: [(place: Int, year: Int)] = []
        for (index, event) in zip(own, previous) where !events.contains(event) {
            // The event after it: the others before it, and the new events that go before it.
            places.append((othersBefore(index) + lows.count { $0 <= index }, event.start.year))
        }
        for (number, event) in events.enumerated() where !previous.contains(event) {
            places.append((insertions[number] + number, event.start.year))
        }
        Self.remove(at: own, from: &self.events)
        Self.insert(events, at: insertions, into: &self.events)
        return places
    }

    /// Removes the elements at `places` (in order) from `list`, moving each stretch between them down
    /// once: `removeAll(where:)` read each of 144,000 events as a copy, retaining its strings.
    private static func remove(at places: [Int], from list: inout [TimelineEvent]) {
        guard let filler = places.first.map({ list[$0] }) else { return }
        let count = list.count
        list.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            var end = places[0]
            for (number, place) in places.enumerated() {
                (base + place).deinitialize(count: 1)
                let next = number + 1 < places.count ? places[number + 1] : count
                (base + end).moveInitialize(from: base + place + 1, count: next - place - 1)
                end += next - place - 1
            }
            // The last `places.count` slots are empty now: filled, for the array to let them go.
            (base + end).initialize(repeating: filler, count: places.count)
        }
        list.removeLast(places.count)
    }

    /// Puts `events[j]` before the element at `places[j]` of `list` (places in order, counted in `list`
    /// as it is), moving the elements after each place along once: one pass from the end, where
    /// inserting them one by one moved the tail once per event.
    private static func insert(_ events: [TimelineEvent], at places: [Int], into list: inout [TimelineEvent]) {
        let count = list.count
        guard let filler = events.first else { return }
        list.append(contentsOf: repeatElement(filler, count: events.count))
        list.withUnsafeMutableBufferPointer { buffer in
            let base = buffer.baseAddress!
            // The slots appended are emptied: an empty stretch of `events.count` slots then moves
            // down, each new event filling the last slot of it as the elements before move past.
            (base + count).deinitialize(count: events.count)
            var end = count
            for number in events.indices.reversed() {
                let place = places[number]
                (base + place + number + 1).moveInitialize(from: base + place, count: end - place)
                (base + place + number).initialize(to: events[number])
                end = place
            }
        }
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
