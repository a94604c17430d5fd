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
        (.solarTerm(SolarTerm(longitude: 15)), 2021, "2021-04-04"),
        (.solarTerm(SolarTerm(longitude: 15)), 2023, "2023-04-05"),
        (.solarTerm(SolarTerm(longitude: 15)), 2019, "2019-04-05"),
        (.solarTerm(SolarTerm(longitude: 15)), 1999, "1999-04-05"),
        (.solarTerm(SolarTerm(longitude: 15)), 2008, "2008-04-04"),
    ])
    func festivalDays(festival: Festival, year: Int, expected: String) {
        #expect(festival.date(in: year)?.iso == expected)
    }

    /// Days of the 11th and 12th lunar months mostly fall in the next Gregorian year: the one in the year
    /// asked for is meant.
    @Test(arguments: [
        (12, 23, 2024, "2024-02-02"),  // 腊月二十三 of the lunar year 2023
        (12, 25, 2024, "2024-02-04"),
        (11, 8, 2023, "2023-12-20"),  // 冬月初八
        (12, 8, 2022, "2022-12-30"),  // 腊八: early 腊月 days may fall in December
    ])
    func lateLunarMonthsFallInTheYearAsked(month: Int, day: Int, year: Int, expected: String) {
        #expect(Festival.lunar(month: month, day: day).date(in: year)?.iso == expected)
    }

    /// Solar terms in China's time, checked against the Purple Mountain Observatory's published days.
    @Test(arguments: [
        ("冬至", 2023, "2023-12-22"), ("冬至", 2024, "2024-12-21"), ("冬至", 2021, "2021-12-21"),
        ("立春", 2024, "2024-02-04"), ("夏至", 2024, "2024-06-21"), ("立秋", 2024, "2024-08-07"),
        ("春分", 2024, "2024-03-20"), ("秋分", 2023, "2023-09-23"), ("小寒", 2024, "2024-01-06"),
        ("大寒", 2024, "2024-01-20"), ("立冬", 2023, "2023-11-08"), ("清明", 1950, "1950-04-05"),
    ])
    func solarTerms(name: String, year: Int, expected: String) throws {
        let term = try #require(SolarTerm.names.first { $0.name == name }?.term)
        #expect(term.date(in: year)?.iso == expected)
    }

    @Test func daysTheCalendarDoesNotHaveAreNil() {
        // The 12th month of the lunar year 2024 has 29 days (除夕 2025 is its 29th, 28 January); 清明's formula
        // holds for 1901–2099 only.
        #expect(ChineseCalendar.gregorian(month: 12, day: 30, inLunarYearStarting: 2024) == nil)
        #expect(ChineseCalendar.gregorian(month: 12, day: 29, inLunarYearStarting: 2024)?.iso == "2025-01-28")
        #expect(Festival.lunarNewYearsEve.date(in: 2025)?.iso == "2025-01-28")
        #expect(Festival.solarTerm(SolarTerm(longitude: 15)).date(in: 2150) == nil)
    }
}
