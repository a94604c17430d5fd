import CICU

/// Days of the traditional Chinese (lunisolar) calendar as Gregorian dates, by ICU's `chinese` calendar.
///
/// Festivals such as 端午 (the 5th day of the 5th month) move against the Gregorian year by up to a
/// month; ICU computes the months from the new moons and solar terms, so no table has to be kept.
package enum ChineseCalendar {
    /// The Gregorian date of `day` of `month` (1…12; `leap` for the leap month of that number) in the lunar
    /// year whose new year falls in Gregorian `year`; nil when that day does not exist or ICU fails.
    package static func gregorian(month: Int, day: Int, leap: Bool = false,
                                  inLunarYearStarting year: Int) -> TimelineDate? {
        guard (1...9999).contains(year), (1...12).contains(month), (1...30).contains(day) else { return nil }
        var (outYear, outMonth, outDay): (Int32, Int32, Int32) = (0, 0, 0)
        guard stele_icu_chinese_to_gregorian(Int32(year), Int32(month), Int32(day), leap ? 1 : 0,
                                             &outYear, &outMonth, &outDay) == 0
        else { return nil }
        return TimelineDate(year: Int(outYear), month: Int(outMonth), day: Int(outDay))
    }
}
