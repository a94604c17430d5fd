import Foundation

/// One of the 24 solar terms (节气: 立春, 清明, 夏至, 冬至…): the day, in China's time (UTC+8), on which the
/// sun's apparent longitude reaches a multiple of 15°.
///
/// ICU's C API gives the Chinese calendar's months but not its solar terms, so the day is computed here:
/// the sun's apparent longitude by the low-accuracy method of Jean Meeus, *Astronomical Algorithms*
/// (2nd ed., 1998), chapter 25 (error about 0.01°, some 15 minutes of time), solved for the term's
/// longitude by Newton's method. A term that falls within minutes of midnight may land on the
/// neighbouring day; for 1901–2099, the years news writes about, that is rare, and outside them it
/// says nothing rather than guess.
package struct SolarTerm: Sendable, Equatable {
    /// The sun's apparent longitude at the term, in degrees: 315 for 立春, 15 for 清明, 270 for 冬至.
    package var longitude: Int

    /// The terms by name, in the order of the Gregorian year from 小寒 (285°).
    package static let names: [(name: String, term: SolarTerm)] = [
        "小寒", "大寒", "立春", "雨水", "惊蛰", "春分", "清明", "谷雨", "立夏", "小满", "芒种", "夏至",
        "小暑", "大暑", "立秋", "处暑", "白露", "秋分", "寒露", "霜降", "立冬", "小雪", "大雪", "冬至",
    ].enumerated().map { index, name in (name, SolarTerm(longitude: (285 + 15 * index) % 360)) }

    /// The term's day in Gregorian `year`, nil outside 1901–2099.
    package func date(in year: Int) -> TimelineDate? {
        guard (1901...2099).contains(year) else { return nil }
        // 小寒 (285°) comes about 6 January, and each term some 15.2 days after the one before.
        let order = Double((longitude - 285 + 360) % 360) / 15
        var julianDay = Self.julianDay(year: year, month: 1, day: 6) + order * 15.2184
        for _ in 0..<6 {
            var gap = Double(longitude) - Self.apparentLongitude(julianDay: julianDay)
            gap -= 360 * (gap / 360).rounded()
            julianDay += gap * 365.2422 / 360
        }
        // Julian days begin at noon UT; China's day begins at 16:00 UT the day before.
        return Self.gregorian(julianDay: julianDay + 8.0 / 24)
    }

    /// The sun's apparent longitude in degrees (Meeus, ch. 25, low accuracy) at `julianDay` (dynamical time,
    /// which differs from UT by about a minute in these years: within the method's error).
    static func apparentLongitude(julianDay: Double) -> Double {
        let t = (julianDay - 2_451_545.0) / 36525
        let meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t
        let meanAnomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * .pi / 180
        let centre = (1.914602 - 0.004817 * t - 0.000014 * t * t) * sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * sin(2 * meanAnomaly) + 0.000289 * sin(3 * meanAnomaly)
        let node = (125.04 - 1934.136 * t) * .pi / 180
        let apparent = meanLongitude + centre - 0.00569 - 0.00478 * sin(node)
        return apparent - 360 * (apparent / 360).rounded(.down)
    }

    /// The Julian day at 0h UT of a Gregorian date (Meeus, ch. 7).
    static func julianDay(year: Int, month: Int, day: Int) -> Double {
        let (y, m) = month <= 2 ? (year - 1, month + 12) : (year, month)
        let century = y / 100
        let leap = 2 - century + century / 4
        return (365.25 * Double(y + 4716)).rounded(.down) + (30.6001 * Double(m + 1)).rounded(.down)
            + Double(day + leap) - 1524.5
    }

    /// The Gregorian day on which `julianDay` falls (Meeus, ch. 7).
    static func gregorian(julianDay: Double) -> TimelineDate {
        let z = Int((julianDay + 0.5).rounded(.down))
        let alpha = Int((Double(z) - 1_867_216.25) / 36524.25)
        let a = z + 1 + alpha - alpha / 4
        let b = a + 1524
        let c = Int((Double(b) - 122.1) / 365.25)
        let d = Int(365.25 * Double(c))
        let e = Int(Double(b - d) / 30.6001)
        let day = b - d - Int(30.6001 * Double(e))
        let month = e < 14 ? e - 1 : e - 13
        let year = month > 2 ? c - 4716 : c - 4715
        return TimelineDate(year: year, month: month, day: day)
    }
}
