/// What a date expression may lean on while an article is read in order: the article's own date and
/// the dates already read. It turns `同年10月` or `今年8月` into calendar dates.
package struct DateContext: Sendable {
    /// The article's date (frontmatter `date`), the anchor of 今年, 去年, 上月; nil while the importer looks for it.
    package var articleDate: PageDate?
    /// The last date read in the article, the anchor of 同年, 次年, 同月.
    private(set) var previous: TimelineDate?
    /// The year of the last date read in the current paragraph, for months without a year.
    private(set) var paragraphYear: Int?

    package init(articleDate: PageDate?) {
        self.articleDate = articleDate
    }

    /// Call at each new paragraph: a month without a year leans on its own paragraph only.
    package mutating func startParagraph() {
        paragraphYear = nil
    }

    /// The start and end of `expression`, or nil when what it leans on is missing or it names no real date.
    /// The resolved start becomes the anchor of the expressions after it.
    package mutating func resolve(_ expression: DateExpression) -> (start: TimelineDate, end: TimelineDate?)? {
        guard let start = start(of: expression), start.isValid else { return nil }
        previous = start
        paragraphYear = start.year
        guard let parts = expression.end else { return (start, nil) }
        let end = TimelineDate(year: parts.year ?? start.year, month: parts.month ?? (parts.day == nil ? nil : start.month),
                               day: parts.day, season: parts.season)
        // A range must move forward (2016年10月10日至11日); anything else keeps only its start.
        guard end.isValid, start < end else { return (start, nil) }
        return (start, end)
    }

    private func start(of expression: DateExpression) -> TimelineDate? {
        let parts = expression.start
        func date(year: Int, month: Int? = nil) -> TimelineDate {
            TimelineDate(year: year, month: parts.month ?? month, day: parts.day, season: parts.season)
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
            if let paragraphYear { return date(year: paragraphYear) }
            guard let articleDate else { return nil }
            // In an article of January, "12月" is last December.
            let candidate = date(year: articleDate.year)
            return candidate > TimelineDate(year: articleDate.year, month: articleDate.month, day: articleDate.day)
                ? date(year: articleDate.year - 1) : candidate
        }
    }
}
