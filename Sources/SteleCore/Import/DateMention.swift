/// The dates an article mentions with a year (`2021年6月至12月`, `2019年度`, `2016年10月10日至11日`),
/// each as the last day it covers. Datelines carry no year; these give its lower bound.
///
/// Kept small and private to the importer: it only needs the latest day an article speaks of.
/// Future targets (`到2035年`, `2025年前`) and spans (`1000年来`) are not mentions of a past day.
struct DateMention: Sendable, Equatable {
    /// The last day the mention covers: `2021年6月` → 2021-06-30.
    var end: PageDate
    /// As written, for the report.
    var text: String
    var line: Int

    /// Every year-bearing date in `text`, which stands on `line`.
    static func scan(_ text: String, line: Int) -> [DateMention] {
        let scalars = Array(text.unicodeScalars)
        var mentions: [DateMention] = []
        var index = 0
        while index < scalars.count {
            guard let (mention, next) = mention(at: index, in: scalars, line: line) else {
                index += 1
                continue
            }
            mentions.append(mention)
            index = next
        }
        return mentions
    }

    /// Words after `年` that name a part of the year, with its last day (`2022年上半年` → 06-30).
    private static let periodEnds: [(word: String, month: Int, day: Int)] = [
        ("度", 12, 31), ("底", 12, 31), ("末", 12, 31), ("上半年", 6, 30), ("初", 3, 31),
        ("第一季度", 3, 31), ("一季度", 3, 31), ("第二季度", 6, 30), ("二季度", 6, 30),
        ("前三季度", 9, 30), ("第三季度", 9, 30), ("三季度", 9, 30),
    ]
    /// After `年`: a span of years (`2000多年`, `1000年来`) or a deadline (`2025年前`), not a past day.
    private static let notPast: [String] = ["来", "前", "后", "间", "多", "左右", "历史"]
    /// Before the year: a target (`到2035年`), unless it is `截至` (as of).
    private static let targetWords: [String] = ["到", "至", "力争", "预计", "计划", "目标", "将于", "将在"]

    private static func mention(at start: Int, in scalars: [Unicode.Scalar], line: Int) -> (DateMention, Int)? {
        guard start == 0 || !(scalars[start - 1].isASCIIDigit || scalars[start - 1] == "."),
              let (year, afterYear) = number(at: start, in: scalars, digits: 4...4, unit: "年"),
              (1000...2999).contains(year)
        else { return nil }
        let before = String(String.UnicodeScalarView(scalars[max(0, start - 2)..<start]))
        if targetWords.contains(where: { before.hasSuffix($0) }) && !before.hasSuffix("截至") { return nil }
        let rest = String(String.UnicodeScalarView(scalars[afterYear..<min(scalars.count, afterYear + 4)]))
        var end = PageDate(year: year, month: 12, day: 31)
        var index = afterYear
        if let period = periodEnds.first(where: { rest.hasPrefix($0.word) }) {
            end = PageDate(year: year, month: period.month, day: period.day)
            index += period.word.unicodeScalars.count
        } else if notPast.contains(where: { rest.hasPrefix($0) }) {
            return nil
        } else if let (month, afterMonth) = number(at: index, in: scalars, digits: 1...2, unit: "月"),
                  (1...12).contains(month) {
            end = lastDay(year: year, month: month)
            index = afterMonth
            if let (day, afterDay) = number(at: index, in: scalars, digits: 1...2, unit: "日")
                ?? number(at: index, in: scalars, digits: 1...2, unit: "号"),
                (1...end.day).contains(day) {
                end.day = day
                index = afterDay
            }
        }
        // A range runs to its second end: `6月至12月`, `10日至11日`, `2016年至2018年`.
        if index < scalars.count, "至到—－-~～".unicodeScalars.contains(scalars[index]) {
            let (rangeEnd, afterRange) = self.rangeEnd(from: index + 1, in: scalars, start: end)
            end = rangeEnd
            index = afterRange
        }
        let text = String(String.UnicodeScalarView(scalars[start..<index]))
        return (DateMention(end: end, text: text, line: line), index)
    }

    private static func rangeEnd(from start: Int, in scalars: [Unicode.Scalar], start first: PageDate) -> (PageDate, Int) {
        var index = start
        var year = first.year
        if let (value, next) = number(at: index, in: scalars, digits: 4...4, unit: "年") {
            year = value
            index = next
        }
        if let (month, next) = number(at: index, in: scalars, digits: 1...2, unit: "月"), (1...12).contains(month) {
            var end = lastDay(year: year, month: month)
            if let (day, afterDay) = number(at: next, in: scalars, digits: 1...2, unit: "日"),
               (1...end.day).contains(day) {
                end.day = day
                return (end, afterDay)
            }
            return (end, next)
        }
        if let (day, next) = number(at: index, in: scalars, digits: 1...2, unit: "日"),
           (1...PageDate.days(inMonth: first.month, year: year)).contains(day) {
            return (PageDate(year: year, month: first.month, day: day), next)
        }
        if year != first.year { return (PageDate(year: year, month: 12, day: 31), index) }
        return (first, start - 1)
    }

    private static func lastDay(year: Int, month: Int) -> PageDate {
        PageDate(year: year, month: month, day: PageDate.days(inMonth: month, year: year))
    }

    /// Digits at `index` followed by `unit`: the number and the index after the unit.
    private static func number(at index: Int, in scalars: [Unicode.Scalar], digits: ClosedRange<Int>,
                               unit: Unicode.Scalar) -> (Int, Int)? {
        var end = index
        while end < scalars.count, scalars[end].isASCIIDigit { end += 1 }
        guard digits.contains(end - index), end < scalars.count, scalars[end] == unit,
              let value = Int(String(String.UnicodeScalarView(scalars[index..<end])))
        else { return nil }
        return (value, end + 1)
    }
}

extension Dateline {
    /// The earliest day with this dateline's month and day on or after `bound`.
    func earliestDate(notBefore bound: PageDate) -> PageDate? {
        for year in bound.year...(bound.year + 8) where day <= PageDate.days(inMonth: month, year: year) {
            let date = PageDate(year: year, month: month, day: day)
            if date >= bound { return date }
        }
        return nil
    }
}
