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
    public static func sorted(_ events: [TimelineEvent]) -> [TimelineEvent] {
        let order = events.indices.sorted { lhs, rhs in
            if TimelineEvent.isOrdered(events[lhs], before: events[rhs]) { return true }
            if TimelineEvent.isOrdered(events[rhs], before: events[lhs]) { return false }
            return lhs < rhs
        }
        return order.map { events[$0] }
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
            for (index, mention) in mentions.enumerated() where mention.role == .event {
                // A range that has not ended by the article's date (下半年 in July) is a plan, not an event.
                guard let (start, end) = resolved[index], !Self.isAfter(end ?? start, articleDate) else { continue }
                let run = runs[index]
                let others = mentions.filter { $0.role != .base }.map(\.range).filter { !run.contains($0.lowerBound) }
                let lifeHeadline = mention.life.flatMap { life in
                    lifeSpans.headline(in: text, bracket: mentions[index - (life == .death ? 1 : 0)].range.lowerBound - 1,
                                       life: life)
                }
                guard let headline = lifeHeadline ?? trimmer.headline(in: text, date: run, otherDates: others) else { continue }
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
    private static func runs(of mentions: [ScannedDate], in text: [Unicode.Scalar]) -> [Range<Int>] {
        var runs = mentions.map(\.range)
        var first = 0
        for index in mentions.indices.dropFirst() {
            let between = String(scalars: text[mentions[index - 1].range.upperBound..<mentions[index].range.lowerBound])
            if !["、", "和", "及", "与", "以及"].contains(between) || mentions[index].role != mentions[first].role {
                first = index
            }
            for member in first...index {
                runs[member] = mentions[first].range.lowerBound..<mentions[index].range.upperBound
            }
        }
        return runs
    }

    /// Whether `date` lies after the article's own date: a plan (明年将…), not something that happened.
    private static func isAfter(_ date: TimelineDate, _ articleDate: PageDate?) -> Bool {
        guard let articleDate else { return false }
        if date.year != articleDate.year { return date.year > articleDate.year }
        guard let month = date.month else { return false }
        if month != articleDate.month { return month > articleDate.month }
        return (date.day ?? 0) > articleDate.day
    }
}
