import SteleText

/// One dated event of the timeline: when, what happened, and the paragraph of the article that tells it.
public struct TimelineEvent: Sendable, Equatable {
    public var start: TimelineDate
    /// The end of a range (`2016年10月10日至11日`), nil for a single date.
    public var end: TimelineDate?
    /// The headline: the clause that says what happened, trimmed.
    public var text: String
    /// The article's title.
    public var article: String
    /// The article's site-relative path (`articles/<slug>/`).
    public var articlePath: String
    /// The id of the paragraph that tells it (`p-12`); nil for a frontmatter event that names none.
    public var paragraphID: String?
    /// The date as the text wrote it (`同年10月`), nil for an event added in frontmatter.
    public var written: String?
    /// Where the event was found, which orders events that share a start.
    package var position: Position

    public var precision: TimelineDate.Precision { start.precision }

    /// The article's place among the pages, the paragraph's index in the article, the date's offset in it.
    package struct Position: Sendable, Equatable, Comparable {
        package var article: Int
        package var paragraph: Int
        package var offset: Int

        package static func < (lhs: Position, rhs: Position) -> Bool {
            (lhs.article, lhs.paragraph, lhs.offset) < (rhs.article, rhs.paragraph, rhs.offset)
        }
    }

    /// What timeline order compares: the start, then the article, paragraph and place in the paragraph.
    struct OrderKey: Comparable {
        var start: TimelineDate
        var position: Position

        static func < (lhs: OrderKey, rhs: OrderKey) -> Bool {
            if lhs.start != rhs.start { return lhs.start < rhs.start }
            return lhs.position < rhs.position
        }

        static func == (lhs: OrderKey, rhs: OrderKey) -> Bool { !(lhs < rhs) && !(rhs < lhs) }
    }

    var orderKey: OrderKey { OrderKey(start: start, position: position) }

    /// Timeline order: by start, then by article, paragraph and place in the paragraph.
    static func isOrdered(_ lhs: TimelineEvent, before rhs: TimelineEvent) -> Bool {
        lhs.orderKey < rhs.orderKey
    }
}
