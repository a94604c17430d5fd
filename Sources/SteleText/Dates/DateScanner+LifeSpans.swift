/// Life spans in brackets after a name: `伍连德（1879-1960）`, `顾篁（1922—2008）`, `闻人瑾（1871年—1936年）`.
extension DateScanner {
    /// The birth and death years of a life span opening at `index` (the bracket), or nil. The dash between
    /// them is no minus sign and the two years no range: each is an event of the person.
    func lifeSpanMentions(_ text: Text, at index: Int) -> [ScannedDate]? {
        guard text.has(anyOf: ["（", "("], at: index), index > 0, text[index - 1].properties.isIdeographic,
              !text.has(anyOf: Self.spansOfPlans, endingAt: index),
              let (birth, birthEnd) = Numerals.year(in: text, at: index + 1)
        else { return nil }
        let birthClose = text.has("年", at: birthEnd) ? birthEnd + 1 : birthEnd
        guard let separator = rangeSeparator(text, at: birthClose),
              let (death, deathEnd) = Numerals.year(in: text, at: separator)
        else { return nil }
        let deathClose = text.has("年", at: deathEnd) ? deathEnd + 1 : deathEnd
        // A life long enough not to be a plan's span (十四五规划（2021—2025年）), and no longer than any has been.
        guard text.has(anyOf: ["）", ")"], at: deathClose), (20...125).contains(death - birth) else { return nil }
        return [
            lifeMention(index + 1..<birthClose, year: birth, .birth),
            lifeMention(separator..<deathClose, year: death, .death),
        ]
    }

    /// Words before a bracketed span of years that make it the span of a plan or a period, not of a life:
    /// 发展规划（2021—2050年）, 改革开放前（1949—1978）, 民国时期（1912—1949）.
    static let spansOfPlans = ["规划", "纲要", "计划", "方案", "期", "阶段", "年", "代", "前", "后", "间", "初", "末"]

    private func lifeMention(_ range: Range<Int>, year: Int, _ life: ScannedDate.Life) -> ScannedDate {
        ScannedDate(range: range, expression: DateExpression(anchor: .absolute, start: Parts(year: year)),
                    role: .event, life: life)
    }
}
