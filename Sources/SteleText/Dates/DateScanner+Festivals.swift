/// Festivals as dates: `端午当天`, `2021年端午`, `去年中秋`, `春节假期`, `除夕`, `大年初二`.
extension DateScanner {
    /// A festival on its own, which falls in the article's year. It is a date where news uses it as one:
    /// opening a clause (`端午当天，…`), after 在/于/从, or followed by a holiday word (`国庆假期`); elsewhere
    /// it is as often the festival in general (`每年春节都是这样`, `过端午`). A lunar day (`正月初七`) is a
    /// date wherever it stands.
    func festivalMention(_ text: Text, at index: Int) -> ScannedDate? {
        guard let (name, end, hasHolidayWord) = festival(text, at: index),
              hasHolidayWord || !name.needsHolidayWord,
              hasHolidayWord || name.isDay || index == 0 || Self.festivalOpeners.contains(text[index - 1])
                || text.has(anyOf: ["在", "于", "从"], endingAt: index),
              !text.has(anyOf: ["每年", "每逢", "每到", "每个", "每"], endingAt: index),
              !Self.topicAfter.contains(where: { text.has($0, at: end) }),
              // 2月9日（大年三十）: the festival glosses the date before it, which is already read.
              !(text.has(anyOf: ["（", "("], at: index - 1) && text.has(anyOf: ["日", "号"], at: index - 2))
        else { return nil }
        return finish(text, start: index, end: end, anchor: .articleYear(years: 0),
                      parts: Parts(festival: name.festival))
    }

    /// The festival named at `index`, the index after it and the holiday words that follow it (`春节假期期间`,
    /// `清明小长假`, `除夕当天`: the holiday starts on the festival's day), and whether there were any.
    func festival(_ text: Text, at index: Int) -> (name: Festival.Name, end: Int, hasHolidayWord: Bool)? {
        // Called at most characters of a text: most start no name, which one set lookup tells.
        guard index >= 0, index < text.count, Self.festivalStarts.contains(text[index]) else { return nil }
        let lunar = lunarDay(text, at: index)
        guard let name = lunar?.name ?? Festival.names.first(where: { text.has($0.word, at: index) }) else { return nil }
        var end = lunar?.end ?? index + name.word.unicodeScalars.count
        if text.has("节", at: end) && !text.has("节气", at: end) { end += 1 }  // 端午节, not 大雪|节气
        // 中秋国庆假期: two festivals run together name one holiday, which starts on the first.
        if let second = Festival.names.first(where: { text.has($0.word, at: end) }) {
            end += second.word.unicodeScalars.count
            if text.has("节", at: end) { end += 1 }
        }
        guard !Self.notFestivalAfter.contains(where: { text.has($0, at: end) }) else { return nil }
        let start = end
        for words in [Self.holidays, ["期间"], Self.festivalDays] {
            end += words.first { text.has($0, at: end) }?.unicodeScalars.count ?? 0
        }
        return (name, end, end > start)
    }

    /// The first scalars of festival names and of lunar days (农历, 正月, 二月初二).
    static let festivalStarts: ScalarSet = ScalarSet(Festival.names.compactMap(\.word.unicodeScalars.first))
        .union(lunarCalendarWords.compactMap(\.unicodeScalars.first))
        .union(lunarMonthNames.keySet)
        .union(["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"])

    /// What may stand right before a festival that opens a clause.
    static let festivalOpeners: ScalarSet = clauseOpeners.union(["”", " ", "\u{3000}"])
    /// Holiday words after a festival: the holiday it gives.
    static let holidays = ["小长假", "长假", "假期", "黄金周", "假日", "节气"]
    /// The festival's own day: `除夕当天`, `端午这天`.
    static let festivalDays = ["当天", "当日", "当晚", "这天", "这一天", "那天"]
    /// Words that make the festival's name part of another name: 春节联欢晚会, 清明上河图, 国庆档, 中秋月饼.
    static let notFestivalAfter = ["联欢", "晚会", "档", "上河", "月饼", "礼盒", "粽", "文化", "习俗", "特辑", "路", "街", "广场"]
    /// Words after a festival on its own that make it a topic (春节是…的黄金期, 春节作为非物质文化遗产, 春节的习俗)
    /// or a day still ahead (春节临近), not the day something happened.
    static let topicAfter = ["是", "作为", "的", "临近", "将至", "在即", "来临", "到来"]
}
