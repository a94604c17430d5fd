import Foundation
import SteleContent
import SteleMarkdown
import SteleSupport
import SteleText

/// Frontmatter corrections of the timeline: `events:` adds events, `timeline_exclude:` drops found ones.
extension TimelineExtractor {
    /// `timeline_exclude`: each entry drops the events whose date (`2019-07`), written date (`同年`) or
    /// headline words match it. An entry that drops nothing is an error, so typos do not pass silently.
    func excluding(_ value: FrontmatterValue?, from events: [TimelineEvent],
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
    func frontmatterEvents(_ page: RenderedPage, articleIndex: Int,
                           at location: SourceLocation) throws(TimelineError) -> [TimelineEvent] {
        switch page.page.frontmatter[param: "events"] {
        case nil, .null:
            return []
        case let .list(items):
            var events: [TimelineEvent] = []
            for (index, item) in items.enumerated() {
                events.append(try frontmatterEvent(item, number: index + 1, page: page, articleIndex: articleIndex, at: location))
            }
            return events
        default:
            throw .wrongType(location, key: "events", expected: "a list of entries with date and text")
        }
    }

    /// One entry of `events`; `number` counts from 1, as errors show it.
    private func frontmatterEvent(_ item: FrontmatterValue, number: Int, page: RenderedPage, articleIndex: Int, at location: SourceLocation) throws(TimelineError) -> TimelineEvent {
        guard case let .map(pairs) = item else {
            throw .invalidEvent(location, item: number, problem: "must be a mapping with date and text")
        }
        if let unknown = pairs.map(\.key).first(where: { !["date", "end", "text", "paragraph"].contains($0) }) {
            throw .invalidEvent(location, item: number, problem: "unknown key '\(unknown)' (use date, end, text, paragraph)")
        }
        let fields = Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
        let articleDate = page.page.frontmatter.date
        guard let dateText = fields["date"].flatMap(Self.string), !dateText.isEmpty else {
            throw .invalidEvent(location, item: number, problem: "has no date")
        }
        guard let text = fields["text"].flatMap(Self.string), !text.isEmpty else {
            throw .invalidEvent(location, item: number, problem: "has no text")
        }
        guard let (start, rangeEnd) = date(dateText, articleDate: articleDate) else {
            throw .invalidEventDate(location, item: number, value: dateText)
        }
        var end = rangeEnd
        if let endValue = fields["end"] {
            let endText = Self.string(endValue) ?? ""
            guard let (endDate, _) = date(endText, articleDate: articleDate) else {
                throw .invalidEventDate(location, item: number, value: endText)
            }
            guard start < endDate else {
                throw .invalidEvent(location, item: number, problem: "ends (\(endDate.iso)) before it starts (\(start.iso))")
            }
            end = endDate
        }
        var paragraphID: String?
        var paragraphIndex = -1
        if let paragraph = fields["paragraph"] {
            let written = Self.string(paragraph) ?? ""
            let id = written.hasPrefix("p-") ? written : "p-" + written
            guard let found = page.markdown.paragraphs.firstIndex(where: { $0.id == id }) else {
                throw .invalidEvent(location, item: number, problem:
                    "paragraph '\(written)' is not one of the article's (p-1 … p-\(page.markdown.paragraphs.count))")
            }
            paragraphID = id
            paragraphIndex = found
        }
        return TimelineEvent(start: start, end: end, text: text, article: page.title, articlePath: page.path, paragraphID: paragraphID,
                             written: nil, position: .init(article: articleIndex, paragraph: paragraphIndex, offset: -1))
    }

    /// A frontmatter date: an ISO prefix (`2016`, `2016-10`, `2016-10-10`) or one Chinese date expression
    /// (`1943年春`, `2016年10月10日至11日`, `今年8月`).
    package func date(_ text: String, articleDate: PageDate?) -> (TimelineDate, TimelineDate?)? {
        let trimmed = text.trimmingSpacesAndTabs()
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
