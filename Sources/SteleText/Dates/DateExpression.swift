/// A date as the text wrote it, before it is tied to the calendar: `同年10月` still needs the date before it.
package struct DateExpression: Sendable, Equatable {
    package var anchor: Anchor
    package var start: Parts
    /// The end of a range (`至11日`); the parts it leaves out are the start's.
    package var end: Parts?

    /// The pieces a date expression names; a missing piece comes from its anchor.
    package struct Parts: Sendable, Equatable {
        package var year: Int?
        package var month: Int?
        package var day: Int?
        package var season: TimelineDate.Season?
        /// Whether `year` begins a decade the text named (`六十年代`).
        package var decade = false
        /// A festival that stands for a day of the year (`2021年端午`, `去年中秋`): the year comes from the rest.
        package var festival: Festival?
    }

    /// What a date leans on for the pieces it does not name.
    package enum Anchor: Sendable, Equatable {
        /// The text names the year (`2018年11月6日`, `二〇一八年九月`).
        case absolute
        /// The year of the date before it in the article, moved by `years` (`同年` 0, `次年` 1).
        case previousYear(years: Int)
        /// The year and month of the date before it (`同月`).
        case previousMonth
        /// The article's own year, moved by `years` (`今年` 0, `去年` -1).
        case articleYear(years: Int)
        /// The article's own month, moved by `months` (`本月` 0, `上月` -1).
        case articleMonth(months: Int)
        /// A month without a year (`10月9日`): the year of the paragraph's last date, else the article's.
        case unstated
        /// A day without a month (`17日晚`): the month of the paragraph's last date, else the article's month,
        /// or the month before when the day lies after the article's day.
        case unstatedMonth
        /// The article's own day, moved by `days` (`今天` 0, `昨天` -1, `前天` -2).
        case articleDay(days: Int)
        /// The last day named before it, moved by `days` (`当天` 0, `次日` 1); nil when none was.
        case previousDay(days: Int)
        /// The last day named before it when there is one, else the article's day, moved by `days` (`明天` 1).
        case previousOrArticleDay(days: Int)
    }
}
