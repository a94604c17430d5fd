import Testing
@testable import SteleText

/// Festivals to Gregorian days: the lunar ones through ICU's Chinese calendar, 清明 by the solar-term formula.
@Suite struct FestivalTests {
    @Test(arguments: [
        (Festival.lunar(month: 1, day: 1), 2023, "2023-01-22"),  // 春节
        (.lunar(month: 1, day: 1), 2024, "2024-02-10"),
        (.lunar(month: 1, day: 1), 2019, "2019-02-05"),
        (.lunarNewYearsEve, 2023, "2023-01-21"),  // 除夕: the 29th of the 12th month that year
        (.lunarNewYearsEve, 2024, "2024-02-09"),
        (.lunar(month: 1, day: 15), 2023, "2023-02-05"),  // 元宵
        (.lunar(month: 5, day: 5), 2021, "2021-06-14"),  // 端午
        (.lunar(month: 5, day: 5), 2023, "2023-06-22"),
        (.lunar(month: 8, day: 15), 2020, "2020-10-01"),  // 中秋 on 国庆's day
        (.lunar(month: 8, day: 15), 2024, "2024-09-17"),
        (.lunar(month: 9, day: 9), 2022, "2022-10-04"),  // 重阳
        (.gregorian(month: 10, day: 1), 2024, "2024-10-01"),
        (.qingming, 2021, "2021-04-04"),
        (.qingming, 2023, "2023-04-05"),
        (.qingming, 2019, "2019-04-05"),
        (.qingming, 1999, "1999-04-05"),
        (.qingming, 2008, "2008-04-04"),
    ])
    func festivalDays(festival: Festival, year: Int, expected: String) {
        #expect(festival.date(in: year)?.iso == expected)
    }

    @Test func daysTheCalendarDoesNotHaveAreNil() {
        // The 12th month of the lunar year 2024 has 29 days (除夕 2025 is its 29th, 28 January); 清明's formula
        // holds for 1901–2099 only.
        #expect(ChineseCalendar.gregorian(month: 12, day: 30, inLunarYearStarting: 2024) == nil)
        #expect(ChineseCalendar.gregorian(month: 12, day: 29, inLunarYearStarting: 2024)?.iso == "2025-01-28")
        #expect(Festival.lunarNewYearsEve.date(in: 2025)?.iso == "2025-01-28")
        #expect(Festival.qingming.date(in: 2150) == nil)
    }
}
