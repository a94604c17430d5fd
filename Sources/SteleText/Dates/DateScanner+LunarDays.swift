/// Days of the Chinese calendar named by month and day: `腊月二十三`, `冬月初八`, `正月十五`, `农历八月十六`,
/// `二月初二`.
extension DateScanner {
    /// The lunar day at `index` as a festival name (a date wherever it stands, as `大年初二` is) and the index
    /// after it. The month is lunar when its name is (正月, 冬月, 腊月), when 农历 or 阴历 comes before it, or
    /// when the day is written with 初 (初一…初十), which Gregorian dates never are; the day is written in
    /// Chinese numerals (二十三, 初八), as lunar days always are.
    func lunarDay(_ text: Text, at index: Int) -> (name: Festival.Name, end: Int)? {
        var position = index
        let calendarWord = Self.lunarCalendarWords.first { text.has($0, at: index) }
        position += calendarWord?.unicodeScalars.count ?? 0
        guard let (month, monthEnd) = lunarMonth(text, at: position) else { return nil }
        let hasChu = text.has("初", at: monthEnd)
        let dayStart = hasChu ? monthEnd + 1 : monthEnd
        guard Numerals.isChinese(text, at: dayStart), let (day, dayEnd) = Numerals.small(in: text, at: dayStart),
              hasChu ? day <= 10 : day > 10 && day <= 30
        else { return nil }
        // A numbered month (二月, 十一月) is lunar only after 农历 or before 初: 三月十五日 is Gregorian.
        guard calendarWord != nil || hasChu || Self.lunarMonthNames[text[position]] != nil else { return nil }
        var end = dayEnd
        if text.has("日", at: end) { end += 1 }  // 正月十五日: still the lunar day
        let word = String(scalars: text[index..<end])
        return (Festival.Name(word: word, festival: .lunar(month: month, day: day), isDay: true), end)
    }

    /// The month at `index` (正月, 冬月, 腊月, or 一月…十二月 in Chinese numerals) and the index after 月.
    private func lunarMonth(_ text: Text, at index: Int) -> (Int, Int)? {
        if index < text.count, let month = Self.lunarMonthNames[text[index]], text.has("月", at: index + 1) {
            return (month, index + 2)
        }
        guard Numerals.isChinese(text, at: index), let (month, end) = Numerals.small(in: text, at: index),
              month <= 12, text.has("月", at: end)
        else { return nil }
        return (month, end + 1)
    }

    static let lunarCalendarWords = ["农历", "阴历", "夏历"]
    /// The first character of the lunar months with names of their own: 正月, 冬月, 腊月.
    static let lunarMonthNames: ScalarMap<Int> = ["正": 1, "冬": 11, "腊": 12]
}
