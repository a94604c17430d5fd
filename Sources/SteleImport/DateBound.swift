import SteleText

/// The latest day an article says something happened on, from the dates it gives a year: the lower
/// bound of its dateline, which has none. A date opening a clause counts up to the last day it covers
/// (`2021年6月至12月，…` → 2021-12-31): the text tells that time as past. A date inside a clause counts
/// from its first day (`2023年亚洲青年田径邀请赛` → 2023-01-01), since an article naming its own year
/// (`2024年春运`) is filed within it.
///
/// The dates are the timeline's (``DateScanner``), read in order as the timeline reads them but without
/// the article's date, which is what is being looked for: 今年 and 去年 stay unresolved, while 同年10月
/// leans on the year read before it. Only events count: goals (`到2035年`), spans (`1000年来`, `2000多年`)
/// and figures counted up to a day (`截至2021年底`) do not say that day has passed.
struct DateBound: Sendable, Equatable {
    package var floor: PageDate
    /// The date as written.
    package var text: String
    /// The source line of its paragraph.
    package var line: Int
    /// False when the date leans on another for its year (`同年10月`).
    var namesYear: Bool

    /// The date and where it stands, for the report: `2021年6月至12月 (line 5)`, `同年10月 (2021-10-31, line 7)`.
    var citation: String {
        namesYear ? "\(text) (line \(line))" : "\(text) (\(floor.iso), line \(line))"
    }

    /// The latest date of `body`, the first of equals; nil when no event has a year.
    static func latest(in body: [BodyBlock]) -> DateBound? {
        let scanner = DateScanner()
        var context = DateContext(articleDate: nil)
        var latest: DateBound?
        for block in body {
            context.startParagraph()
            let text = Array(block.text.unicodeScalars)
            for mention in scanner.mentions(in: text) {
                // Every date is resolved, events or not: 同年 leans on the last date read.
                guard let (start, end) = context.resolve(mention.expression), mention.role == .event else { continue }
                // A date that opens a clause (2023年，全港吞吐量增长两成) reports that time as past: it has
                // ended by its last day. A date inside a clause (2023年亚洲青年田径邀请赛, 调研于2023年3月至4月进行)
                // names an event, maybe the report's own: it has begun by its first day.
                let opensClause = mention.range.upperBound < text.count && ["，", ","].contains(text[mention.range.upperBound])
                let floor = opensClause ? (end ?? start).lastDay : start.firstDay
                if let latest, floor <= latest.floor { continue }
                latest = DateBound(floor: floor, text: String(String.UnicodeScalarView(text[mention.range])),
                                   line: block.line, namesYear: mention.expression.anchor == .absolute)
            }
        }
        return latest
    }
}
