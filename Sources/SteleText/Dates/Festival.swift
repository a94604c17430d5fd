/// A holiday or festival named in the text (`端午`, `除夕`, `国庆`, `清明`), which stands for one day of a year:
/// the Gregorian day it falls on once the year is known.
package enum Festival: Sendable, Equatable {
    /// A day of the Chinese calendar, in the lunar year whose new year falls in the Gregorian year:
    /// 春节 is 1/1, 端午 5/5, 中秋 8/15.
    case lunar(month: Int, day: Int)
    /// The eve of the Spring Festival (除夕, 大年三十): the last day of the lunar year, 29th or 30th of the 12th
    /// month, so it is counted back from the new year rather than named by its day.
    case lunarNewYearsEve
    /// A fixed Gregorian day: 国庆 is 10/1, 元旦 1/1.
    case gregorian(month: Int, day: Int)
    /// 清明, a solar term: the day the sun reaches 15° of longitude, 4 or 5 April.
    case qingming

    /// The festival's day in `year`, nil when the calendar cannot say.
    package func date(in year: Int) -> TimelineDate? {
        switch self {
        case let .lunar(month, day):
            return ChineseCalendar.gregorian(month: month, day: day, inLunarYearStarting: year)
        case .lunarNewYearsEve:
            return ChineseCalendar.gregorian(month: 1, day: 1, inLunarYearStarting: year)?.adding(days: -1)
        case let .gregorian(month, day):
            return TimelineDate(year: year, month: month, day: day)
        case .qingming:
            return Self.qingming(in: year)
        }
    }

    /// 清明 by the 寿星 formula, day = ⌊Y·0.2422 + C⌋ − ⌊Y/4⌋ with Y the year within its century: ICU's C API
    /// gives the Chinese calendar's months but not its solar terms, and 清明 is a minor term that no month
    /// boundary marks. The formula's constants hold for 1901–2099 (C = 5.59, then 4.81), the years news
    /// writes about; outside them it says nothing rather than guess.
    static func qingming(in year: Int) -> TimelineDate? {
        guard (1901...2099).contains(year) else { return nil }
        let y = year % 100
        let c = year < 2000 ? 5.59 : 4.81
        let day = Int((Double(y) * 0.2422 + c).rounded(.down)) - y / 4
        return TimelineDate(year: year, month: 4, day: day)
    }
}

extension Festival {
    /// A festival's name as news writes it, longest first, and whether it needs a holiday word after it
    /// (`五一假期`) to be a date: `五一` alone is as often a street or a square.
    struct Name: Sendable {
        var word: String
        var festival: Festival
        var needsHolidayWord = false

        /// Whether the name is a day of the lunar calendar (`大年初二`, `正月十五`), a date wherever it stands.
        var isDay: Bool { word.hasPrefix("大年初") || word.hasPrefix("正月") }
    }

    /// The names, longest first so that 大年三十 wins over 大年 and 五一劳动节 over 五一.
    static let names: [Name] = {
        let digits = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"]
        var names = [
            Name(word: "五一劳动节", festival: .gregorian(month: 5, day: 1)),
            Name(word: "大年三十", festival: .lunarNewYearsEve),
            Name(word: "除夕", festival: .lunarNewYearsEve),
            Name(word: "春节", festival: .lunar(month: 1, day: 1)),
            Name(word: "元宵", festival: .lunar(month: 1, day: 15)),
            Name(word: "端午", festival: .lunar(month: 5, day: 5)),
            Name(word: "七夕", festival: .lunar(month: 7, day: 7)),
            Name(word: "中秋", festival: .lunar(month: 8, day: 15)),
            Name(word: "重阳", festival: .lunar(month: 9, day: 9)),
            Name(word: "元旦", festival: .gregorian(month: 1, day: 1)),
            Name(word: "劳动节", festival: .gregorian(month: 5, day: 1)),
            Name(word: "五一", festival: .gregorian(month: 5, day: 1), needsHolidayWord: true),
            Name(word: "国庆", festival: .gregorian(month: 10, day: 1)),
            Name(word: "清明", festival: .qingming),
        ]
        // 大年初二, 正月初五: the first ten days of the new year.
        for (index, digit) in digits.enumerated() {
            names.append(Name(word: "大年初" + digit, festival: .lunar(month: 1, day: index + 1)))
            names.append(Name(word: "正月初" + digit, festival: .lunar(month: 1, day: index + 1)))
        }
        names.append(Name(word: "正月十五", festival: .lunar(month: 1, day: 15)))
        return names.sorted { $0.word.unicodeScalars.count > $1.word.unicodeScalars.count }
    }()
}
