import SteleMarkdown
import SteleSupport
import SteleText

/// Finds the dated events of articles: every date expression of the body whose clause says what
/// happened then, plus the events frontmatter adds (`events:`), less those it drops (`timeline_exclude:`).
public struct TimelineExtractor: Sendable {
    package var scanner = DateScanner()
    var trimmer = ClauseTrimmer()
    var lifeSpans = LifeSpanHeadline()

    public init() {}

    /// The events of all `pages`, in timeline order; `pages` order breaks ties. Throws the first article's problem.
    public func events(in pages: [RenderedPage]) throws(TimelineError) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        for (index, page) in pages.enumerated() {
            events += try self.events(in: page, articleIndex: index)
        }
        return Self.sorted(events)
    }

    /// Events in timeline order: by start, then article, paragraph and place; stable.
    ///
    /// The positions are sorted, not the events: sorting (offset, event) pairs and mapping them back
    /// held the corpus's events three times over (33 MB at 10,000 articles, the peak of the merge).
    /// They are compared by their order keys, taken out once: handing the comparison whole events
    /// copied each (five strings retained) at every step of the sort. The sort is stable: events
    /// equal in order keep their places.
    public static func sorted(_ events: [TimelineEvent]) -> [TimelineEvent] {
        let keys = events.map(\.orderKey)
        return events.indices.sorted { keys[$0] < keys[$1] }.map { events[$0] }
    }

    /// The events of one article, in the order of its text, frontmatter events last.
    package func events(in page: RenderedPage, articleIndex: Int) throws(TimelineError) -> [TimelineEvent] {
        let frontmatter = page.page.frontmatter
        let found = textEvents(in: page, articleIndex: articleIndex)
        let kept = try excluding(frontmatter[param: "timeline_exclude"], from: found,
                                 at: page.page.location(ofKey: "timeline_exclude"))
        let added = try frontmatterEvents(page, articleIndex: articleIndex, at: page.page.location(ofKey: "events"))
        return kept + added
    }

    // MARK: The text

    private func textEvents(in page: RenderedPage, articleIndex: Int) -> [TimelineEvent] {
        let articleDate = page.page.frontmatter.date
        var context = DateContext(articleDate: articleDate)
        var events: [TimelineEvent] = []
        for (paragraphIndex, paragraph) in page.markdown.paragraphs.enumerated() {
            context.startParagraph()
            let text = Array(paragraph.text.unicodeScalars)
            let mentions = scanner.mentions(in: text)
            // Every date is resolved in order, events or not: 同年 leans on the last date read. A base year
            // (由2013年的1668元) is skipped: the story goes on from the year that opened the clause.
            // A life span's years stand aside: the story does not go on in the year its hero died.
            let resolved = mentions.map { mention -> (start: TimelineDate, end: TimelineDate?)? in
                if mention.life != nil { return context.resolveAside(mention.expression).map { ($0, nil) } }
                return mention.role == .base ? nil : context.resolve(mention.expression)
            }
            let runs = Self.runs(of: mentions, in: text)
            let dates = mentions.filter { $0.role != .base }.map(\.range)
            var clauses = ParagraphClauses(text, trimmer: trimmer)
            // The dates of a run (2016年、2017年) share one headline, made once.
            var runHeadline: (run: Range<Int>, headline: String?)?
            for (index, mention) in mentions.enumerated() where mention.role == .event {
                // A range that has not ended by the article's date (下半年 in July) is a plan, not an event.
                guard let (start, end) = resolved[index], !Self.isAfter(end ?? start, articleDate) else { continue }
                let run = runs[index]
                let lifeHeadline = mention.life.flatMap { life in
                    lifeSpans.headline(in: text, bracket: mentions[index - (life == .death ? 1 : 0)].range.lowerBound - 1,
                                       life: life)
                }
                if lifeHeadline == nil, runHeadline?.run != run {
                    let others = OtherDates(dates, outside: run)
                    runHeadline = (run, trimmer.headline(in: &clauses, date: run, otherDates: others))
                }
                guard let headline = lifeHeadline ?? runHeadline?.headline else { continue }
                events.append(TimelineEvent(
                    start: start, end: end, text: headline, article: page.title, articlePath: page.path,
                    paragraphID: paragraph.id,
                    written: String(scalars: text[mention.range]),
                    position: .init(article: articleIndex, paragraph: paragraphIndex, offset: mention.range.lowerBound)))
            }
        }
        return events
    }

    /// For each mention, the range of the list it stands in (`2016年、2017年`): events that share a headline.
    /// A list goes on while a joining word stands between two dates of the same role as its first.
    private static func runs(of mentions: [ScannedDate], in text: [Unicode.Scalar]) -> [Range<Int>] {
        var runs = mentions.map(\.range)
        var first = 0
        for index in mentions.indices {
            let next = index + 1
            if next < mentions.count, mentions[next].role == mentions[first].role,
               joiners.contains(String(scalars: text[mentions[index].range.upperBound..<mentions[next].range.lowerBound])) {
                continue
            }
            for member in first...index {
                runs[member] = mentions[first].range.lowerBound..<mentions[index].range.upperBound
            }
            first = next
        }
        return runs
    }

    private static let joiners: Set<String> = ["、", "和", "及", "与", "以及"]

    /// Whether `date` lies after the article's own date: a plan (明年将…), not something that happened.
    private static func isAfter(_ date: TimelineDate, _ articleDate: PageDate?) -> Bool {
        guard let articleDate else { return false }
        if date.year != articleDate.year { return date.year > articleDate.year }
        guard let month = date.month else { return false }
        if month != articleDate.month { return month > articleDate.month }
        return (date.day ?? 0) > articleDate.day
    }
}
