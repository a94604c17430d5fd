/// A point on the timeline as precise as the text made it: a year, a season or part of a year, a month, or a day.
public struct TimelineDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    /// 1…12, or nil for a year or a season.
    public var month: Int?
    /// 1…31, or nil unless the text named the day.
    public var day: Int?
    /// Set only for season precision (`1943年春`, `2021年底`).
    public var season: Season?
    /// Whether the date is the decade that begins with `year` (`六十年代`, `1990年代`).
    public var isDecade: Bool

    public init(year: Int, month: Int? = nil, day: Int? = nil, season: Season? = nil, decade: Bool = false) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
        self.season = month == nil ? season : nil
        self.isDecade = month == nil && season == nil && decade
    }

    public var precision: Precision {
        if isDecade { return .decade }
        if day != nil { return .day }
        if month != nil { return .month }
        if season != nil { return .season }
        return .year
    }

    /// The ISO 8601 prefix of the date: `2021`, `2021-06`, `2021-06-01`; a season is its year.
    public var iso: String {
        var text = Self.pad(year, 4)
        if let month { text += "-" + Self.pad(month, 2) }
        if let day { text += "-" + Self.pad(day, 2) }
        return text
    }

    public var description: String { isDecade ? "\(iso)s" : season.map { "\(iso) \($0.rawValue)" } ?? iso }

    /// Dates compare by where they begin: a decade before its first year, a year before its seasons and months,
    /// a month before its days.
    public static func < (lhs: TimelineDate, rhs: TimelineDate) -> Bool {
        lhs.sortKey < rhs.sortKey
    }

    private var sortKey: (Int, Int, Int, Int) {
        (year, month ?? season?.sortMonth ?? 0, day ?? 0, precision.rank)
    }

    /// The last day the date covers: `2021` → 2021-12-31, `2021-06` → 2021-06-30, `2021年初` → 2021-03-31.
    /// A date the text says something happened on cannot be later than the article that says so.
    package var lastDay: PageDate {
        let month = month ?? season?.lastMonth ?? 12
        let year = isDecade ? year + 9 : year
        return PageDate(year: year, month: month, day: day ?? PageDate.days(inMonth: month, year: year))
    }

    /// The first day the date covers: `2021` → 2021-01-01, `2021-06` → 2021-06-01.
    package var firstDay: PageDate {
        PageDate(year: year, month: month ?? season?.sortMonth ?? 1, day: day ?? 1)
    }

    /// The day `days` after this one (before it when negative), across months and years; a day precision date.
    package func adding(days: Int) -> TimelineDate {
        var (year, month, day) = (year, month ?? 1, (day ?? 1) + days)
        while day < 1 {
            month -= 1
            if month < 1 { (year, month) = (year - 1, 12) }
            day += PageDate.days(inMonth: month, year: year)
        }
        while day > PageDate.days(inMonth: month, year: year) {
            day -= PageDate.days(inMonth: month, year: year)
            month += 1
            if month > 12 { (year, month) = (year + 1, 1) }
        }
        return TimelineDate(year: year, month: month, day: day)
    }

    /// Whether the date exists: month 1…12, day within its month.
    package var isValid: Bool {
        guard (1...12).contains(month ?? 1) else { return false }
        guard let month, let day else { return true }
        return (1...PageDate.days(inMonth: month, year: year)).contains(day)
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }

    /// How much of a date the text gave.
    public enum Precision: String, Sendable, CaseIterable {
        case decade, year, season, month, day

        var rank: Int {
            switch self {
            case .decade: -1
            case .year: 0
            case .season: 1
            case .month: 2
            case .day: 3
            }
        }
    }

    /// A season, or the beginning or end of a year (`年初`, `年底`), which the texts use the same way.
    public enum Season: String, Sendable, CaseIterable {
        case early, spring, summer, autumn, late, winter

        /// Where in the year the season sorts: spring among March's events, winter after November's.
        var sortMonth: Int {
            switch self {
            case .early: 1
            case .spring: 3
            case .summer: 6
            case .autumn: 9
            case .late: 11
            case .winter: 12
            }
        }

        /// The last month the season covers within its year: 年初 runs to March, winter to December.
        var lastMonth: Int {
            switch self {
            case .early: 3
            case .spring: 5
            case .summer: 8
            case .autumn: 11
            case .late, .winter: 12
            }
        }
    }
}
