import Foundation

/// Finds the dated events of articles: every date expression of the body whose clause says what
/// happened then, plus the events frontmatter adds (`events:`), less those it drops (`timeline_exclude:`).
public struct TimelineExtractor: Sendable {
    var scanner = DateScanner()
    var trimmer = ClauseTrimmer()

    public init() {}

    /// The events of all `pages`, in timeline order; `pages` order breaks ties. Throws the first article's problem.
    public func events(in pages: [RenderedPage], urls: URLBuilder) throws(TimelineError) -> [TimelineEvent] {
        var events: [TimelineEvent] = []
        for (index, page) in pages.enumerated() {
            events += try self.events(in: page, articleIndex: index, urls: urls)
        }
        return Self.sorted(events)
    }

    /// Events in timeline order: by start, then article, paragraph and place; stable.
    public static func sorted(_ events: [TimelineEvent]) -> [TimelineEvent] {
        events.enumerated().sorted { lhs, rhs in
            if TimelineEvent.isOrdered(lhs.element, before: rhs.element) { return true }
            if TimelineEvent.isOrdered(rhs.element, before: lhs.element) { return false }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }

    /// The events of one article, in the order of its text, frontmatter events last.
    func events(in page: RenderedPage, articleIndex: Int, urls: URLBuilder) throws(TimelineError) -> [TimelineEvent] {
        let frontmatter = page.page.frontmatter
        func location(_ key: String) -> SourceLocation {
            SourceLocation(file: page.page.source, line: frontmatter.paramLines[key])
        }
        let found = textEvents(in: page, articleIndex: articleIndex, urls: urls)
        let kept = try excluding(frontmatter[param: "timeline_exclude"], from: found, at: location("timeline_exclude"))
        let added = try frontmatterEvents(page, articleIndex: articleIndex, urls: urls, at: location("events"))
        return kept + added
    }

    // MARK: The text

    private func textEvents(in page: RenderedPage, articleIndex: Int, urls: URLBuilder) -> [TimelineEvent] {
        let articleDate = page.page.frontmatter.date
        var context = DateContext(articleDate: articleDate)
        var events: [TimelineEvent] = []
        for (paragraphIndex, paragraph) in page.markdown.paragraphs.enumerated() {
            context.startParagraph()
            let text = Array(paragraph.text.unicodeScalars)
            let mentions = scanner.mentions(in: text)
            // Every date is resolved in order, events or not: 同年 leans on the last date read.
            let resolved = mentions.map { context.resolve($0.expression) }
            let runs = Self.runs(of: mentions, in: text)
            for (index, mention) in mentions.enumerated() where mention.role == .event {
                guard let (start, end) = resolved[index], !Self.isAfter(start, articleDate) else { continue }
                let run = runs[index]
                let others = mentions.map(\.range).filter { !run.contains($0.lowerBound) }
                guard let headline = trimmer.headline(in: text, date: run, otherDates: others) else { continue }
                events.append(TimelineEvent(
                    start: start, end: end, text: headline, article: page.title, articlePath: page.path,
                    url: urls.url(page.path) + "#" + paragraph.id,
                    written: String(String.UnicodeScalarView(text[mention.range])),
                    position: .init(article: articleIndex, paragraph: paragraphIndex, offset: mention.range.lowerBound)))
            }
        }
        return events
    }

    /// For each mention, the range of the list it stands in (`2016年、2017年`): events that share a headline.
    private static func runs(of mentions: [DateMention], in text: [Unicode.Scalar]) -> [Range<Int>] {
        var runs = mentions.map(\.range)
        var first = 0
        for index in mentions.indices.dropFirst() {
            let between = String(String.UnicodeScalarView(text[mentions[index - 1].range.upperBound..<mentions[index].range.lowerBound]))
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

    // MARK: Frontmatter

    /// `timeline_exclude`: each entry drops the events whose date (`2019-07`), written date (`同年`) or
    /// headline words match it. An entry that drops nothing is an error, so typos do not pass silently.
    private func excluding(_ value: FrontmatterValue?, from events: [TimelineEvent],
                           at location: SourceLocation) throws(TimelineError) -> [TimelineEvent] {
        let entries: [String]
        switch value {
        case nil, .null: return events
        case let .list(items):
            var strings: [String] = []
            for item in items {
                guard let string = Self.string(item), !string.isEmpty else {
                    throw .wrongType(location, key: "timeline_exclude", expected: "a list of dates or texts")
                }
                strings.append(string)
            }
            entries = strings
        case let value?:
            guard let string = Self.string(value) else {
                throw .wrongType(location, key: "timeline_exclude", expected: "a list of dates or texts")
            }
            entries = [string]
        }
        func matches(_ entry: String, _ event: TimelineEvent) -> Bool {
            event.start.iso == entry || event.written == entry || event.text.contains(entry)
        }
        for entry in entries where !events.contains(where: { matches(entry, $0) }) {
            throw .unmatchedExclude(location, value: entry)
        }
        return events.filter { event in !entries.contains { matches($0, event) } }
    }

    /// `events`: a list of `{date, text}` with optional `end` and `paragraph` (`p-12` or 12).
    private func frontmatterEvents(_ page: RenderedPage, articleIndex: Int, urls: URLBuilder,
                                   at location: SourceLocation) throws(TimelineError) -> [TimelineEvent] {
        let items: [FrontmatterValue]
        switch page.page.frontmatter[param: "events"] {
        case nil, .null: return []
        case let .list(list): items = list
        default: throw .wrongType(location, key: "events", expected: "a list of entries with date and text")
        }
        var events: [TimelineEvent] = []
        for (index, item) in items.enumerated() {
            let number = index + 1
            guard case let .map(pairs) = item else {
                throw .invalidEvent(location, item: number, problem: "must be a mapping with date and text")
            }
            let fields = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
            if let unknown = pairs.map(\.key).first(where: { !["date", "end", "text", "paragraph"].contains($0) }) {
                throw .invalidEvent(location, item: number, problem: "unknown key '\(unknown)' (use date, end, text, paragraph)")
            }
            guard let dateText = fields["date"].flatMap(Self.string), !dateText.isEmpty else {
                throw .invalidEvent(location, item: number, problem: "has no date")
            }
            guard let text = fields["text"].flatMap(Self.string), !text.isEmpty else {
                throw .invalidEvent(location, item: number, problem: "has no text")
            }
            guard let (start, rangeEnd) = date(dateText, articleDate: page.page.frontmatter.date) else {
                throw .invalidEventDate(location, item: number, value: dateText)
            }
            var end = rangeEnd
            if let endValue = fields["end"] {
                guard let endText = Self.string(endValue), let (endDate, _) = date(endText, articleDate: page.page.frontmatter.date) else {
                    throw .invalidEventDate(location, item: number, value: Self.string(endValue) ?? "\(endValue)")
                }
                guard start < endDate else {
                    throw .invalidEvent(location, item: number, problem: "ends (\(endDate.iso)) before it starts (\(start.iso))")
                }
                end = endDate
            }
            var url = urls.url(page.path)
            var paragraphIndex = -1
            if let paragraph = fields["paragraph"] {
                let id = Self.string(paragraph).map { $0.hasPrefix("p-") ? $0 : "p-" + $0 } ?? ""
                guard let found = page.markdown.paragraphs.firstIndex(where: { $0.id == id }) else {
                    throw .invalidEvent(location, item: number, problem:
                        "paragraph '\(Self.string(paragraph) ?? "")' is not one of the article's (p-1 … p-\(page.markdown.paragraphs.count))")
                }
                url += "#" + id
                paragraphIndex = found
            }
            events.append(TimelineEvent(
                start: start, end: end, text: text, article: page.title, articlePath: page.path, url: url, written: nil,
                position: .init(article: articleIndex, paragraph: paragraphIndex, offset: -1)))
        }
        return events
    }

    /// A frontmatter date: an ISO prefix (`2016`, `2016-10`, `2016-10-10`) or one Chinese date expression
    /// (`1943年春`, `2016年10月10日至11日`, `今年8月`).
    func date(_ text: String, articleDate: PageDate?) -> (TimelineDate, TimelineDate?)? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let iso = Self.isoDate(trimmed) { return (iso, nil) }
        let scalars = Array(trimmed.unicodeScalars)
        let mentions = scanner.mentions(in: scalars)
        guard mentions.count == 1, let mention = mentions.first, mention.range == 0..<scalars.count else { return nil }
        var context = DateContext(articleDate: articleDate)
        return context.resolve(mention.expression)
    }

    /// `2016`, `2016-10`, `2016-10-10`.
    static func isoDate(_ text: String) -> TimelineDate? {
        let fields = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(fields.count), fields[0].count == 4, fields.dropFirst().allSatisfy({ $0.count == 2 }),
              fields.allSatisfy({ $0.allSatisfy(\.isASCII) }) else { return nil }
        let numbers = fields.compactMap { Int($0) }
        guard numbers.count == fields.count else { return nil }
        let date = TimelineDate(year: numbers[0], month: numbers.count > 1 ? numbers[1] : nil,
                                day: numbers.count > 2 ? numbers[2] : nil)
        return date.isValid ? date : nil
    }

    private static func string(_ value: FrontmatterValue) -> String? {
        switch value {
        case let .string(string): string
        case let .int(int): String(int)
        default: nil
        }
    }
}
