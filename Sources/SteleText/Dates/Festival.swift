/// A holiday, festival or day of the Chinese calendar named in the text (`端午`, `除夕`, `国庆`, `腊月二十三`,
/// `冬至`), which stands for one day of a year: the Gregorian day it falls on once the year is known.
package enum Festival: Sendable, Equatable {
    /// A day of the Chinese calendar: 春节 is 1/1, 端午 5/5, 中秋 8/15, 腊月二十三 12/23. Of the two such days
    /// near a Gregorian year, the one that falls in it: 腊月 mostly falls in January, a lunar year late.
    case lunar(month: Int, day: Int)
    /// The eve of the Spring Festival (除夕, 大年三十): the last day of the lunar year, 29th or 30th of the 12th
    /// month, so it is counted back from the new year rather than named by its day.
    case lunarNewYearsEve
    /// A fixed Gregorian day: 国庆 is 10/1, 元旦 1/1.
    case gregorian(month: Int, day: Int)
    /// A solar term (清明, 冬至, 立春): the day the sun reaches the term's longitude.
    case solarTerm(SolarTerm)

    /// The festival's day in `year`, nil when the calendar cannot say.
    package func date(in year: Int) -> TimelineDate? {
        switch self {
        case let .lunar(month, day):
            let days = [year, year - 1].compactMap {
                ChineseCalendar.gregorian(month: month, day: day, inLunarYearStarting: $0)
            }
            return days.first { $0.year == year } ?? days.first
        case .lunarNewYearsEve:
            return ChineseCalendar.gregorian(month: 1, day: 1, inLunarYearStarting: year)?.adding(days: -1)
        case let .gregorian(month, day):
            return TimelineDate(year: year, month: month, day: day)
        case let .solarTerm(term):
            return term.date(in: year)
        }
    }
}

extension Festival {
    /// A festival's name as news writes it, longest first, and whether it needs a holiday word after it
    /// (`五一假期`) to be a date: `五一` alone is as often a street or a square.
    struct Name: Sendable {
        var word: String
        var festival: Festival
        var needsHolidayWord = false
        /// Whether the name is a day of the lunar calendar (`大年初二`, `腊月二十三`), a date wherever it stands.
        var isDay = false
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
        ]
        // 大年初二: the first ten days of the new year. Other lunar days (正月十五, 腊月二十三) are read by
        // `DateScanner.lunarDay`, month and day apart.
        for (index, digit) in digits.enumerated() {
            names.append(Name(word: "大年初" + digit, festival: .lunar(month: 1, day: index + 1), isDay: true))
        }
        // The solar terms. Those that are also common words (雨水 "rainwater", 大雪 "heavy snow", 小满, 霜降)
        // are dates only with 节气 or a day word after them (大雪节气, 霜降当天).
        let commonWords: Set<String> = ["雨水", "小雪", "大雪", "小满", "霜降", "小寒", "大寒", "小暑", "大暑"]
        for (word, term) in SolarTerm.names {
            names.append(Name(word: word, festival: .solarTerm(term), needsHolidayWord: commonWords.contains(word)))
        }
        return names.sorted { $0.word.unicodeScalars.count > $1.word.unicodeScalars.count }
    }()
}
