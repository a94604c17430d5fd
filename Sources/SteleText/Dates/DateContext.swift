/// What a date expression may lean on while an article is read in order: the article's own date and
/// the dates already read. It turns `同年10月` or `今年8月` into calendar dates.
package struct DateContext: Sendable {
    /// The article's date (frontmatter `date`), the anchor of 今年, 去年, 上月; nil while the importer looks for it.
    package var articleDate: PageDate?
    /// The last date read in the article, the anchor of 同年, 次年, 同月.
    private(set) var previous: TimelineDate?
    /// The last date read in the current paragraph, for months without a year and days without a month.
    private(set) var paragraphLast: TimelineDate?
    /// The last date read that names its day, the anchor of 当天 and 次日: `当天下午` in the paragraph after
    /// a flashback to `1997年8月` still means the day the story last named.
    private(set) var lastDay: TimelineDate?

    package init(articleDate: PageDate?) {
        self.articleDate = articleDate
    }

    /// Call at each new paragraph: a month without a year leans on its own paragraph only.
    package mutating func startParagraph() {
        paragraphLast = nil
    }

    /// The start and end of `expression`, or nil when what it leans on is missing or it names no real date.
    /// The resolved start becomes the anchor of the expressions after it.
    package mutating func resolve(_ expression: DateExpression) -> (start: TimelineDate, end: TimelineDate?)? {
        guard let start = start(of: expression), start.isValid else { return nil }
        previous = start
        paragraphLast = start
        if start.day != nil { lastDay = start }
        guard let parts = expression.end else { return (start, nil) }
        let end = TimelineDate(year: parts.year ?? start.year, month: parts.month ?? (parts.day == nil ? nil : start.month),
                               day: parts.day, season: parts.season, decade: parts.decade)
        // A range must move forward (2016年10月10日至11日); anything else keeps only its start.
        guard end.isValid, start < end else { return (start, nil) }
        return (start, end)
    }

    /// A year of a life span (`（1898-1961）`), which needs no anchor and is no anchor for the dates after it: the story goes on in its own time, not in the year the person died.
    package func resolveAside(_ expression: DateExpression) -> TimelineDate? {
        guard expression.anchor == .absolute, let year = expression.start.year else { return nil }
        return TimelineDate(year: year)
    }

    private func start(of expression: DateExpression) -> TimelineDate? {
        // A festival is a day of the year the rest of the expression gives: 2021年端午, 去年中秋, bare 端午.
        guard let festival = expression.start.festival else { return anchored(expression) }
        return anchored(expression).flatMap { festival.date(in: $0.year) }
    }

    private func anchored(_ expression: DateExpression) -> TimelineDate? {
        let parts = expression.start
        func date(year: Int, month: Int? = nil) -> TimelineDate {
            TimelineDate(year: year, month: parts.month ?? month, day: parts.day, season: parts.season, decade: parts.decade)
        }
        switch expression.anchor {
        case .absolute:
            return parts.year.map { date(year: $0) }
        case let .previousYear(years):
            return previous.map { date(year: $0.year + years) }
        case .previousMonth:
            guard let previous, let month = previous.month else { return nil }
            return date(year: previous.year, month: month)
        case let .articleYear(years):
            return articleDate.map { date(year: $0.year + years) }
        case let .articleMonth(months):
            guard let articleDate else { return nil }
            let index = articleDate.year * 12 + articleDate.month - 1 + months
            return date(year: index / 12, month: index % 12 + 1)
        case .unstated:
            if let paragraphLast { return date(year: paragraphLast.year) }
            guard let articleDate else { return nil }
            // In an article of January, "12月" is last December.
            let candidate = date(year: articleDate.year)
            return candidate > TimelineDate(year: articleDate.year, month: articleDate.month, day: articleDate.day)
                ? date(year: articleDate.year - 1) : candidate
        case .unstatedMonth:
            // Days move forward through a paragraph: 继27日…1日晚 is the first of the next month, not of the same.
            if let paragraphLast, let month = paragraphLast.month, (parts.day ?? 0) >= (paragraphLast.day ?? 0) {
                return date(year: paragraphLast.year, month: month)
            }
            guard let articleDate, let day = parts.day else { return nil }
            // In an article of 5 July, "27日" is 27 June: a day after the article's own lies in the month before.
            let months = articleDate.year * 12 + articleDate.month - 1 - (day > articleDate.day ? 1 : 0)
            return date(year: months / 12, month: months % 12 + 1)
        case let .articleDay(days):
            return articleDay?.adding(days: days)
        case let .previousDay(days):
            // After a month in its own paragraph (2021年2月，…当天) there is no day to lean on; one in an
            // earlier paragraph was background, and the story is back on the last day it named.
            guard paragraphLast?.day != nil || paragraphLast == nil else { return nil }
            return lastDay?.adding(days: days)
        case let .previousOrArticleDay(days):
            guard paragraphLast?.day != nil || paragraphLast == nil else { return articleDay?.adding(days: days) }
            return (lastDay ?? articleDay)?.adding(days: days)
        }
    }

    private var articleDay: TimelineDate? {
        articleDate.map { TimelineDate(year: $0.year, month: $0.month, day: $0.day) }
    }
}
