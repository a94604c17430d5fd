import SteleText

/// The words a report opens its first paragraph with, naming who filed it, from where and when:
/// `新华社宜宾6月18日电 `, `新华社北京3月1日电（记者 张三 李四）`, `中新社马鞍山十一月二十二日电`,
/// `本报讯（记者 王五）`, `武陵网花垣11月11日电（记者 … 通讯员 …）`, `大西北网讯　`, `本报都匀讯（…）`.
///
/// It is the dateline of reports that put it first; the importer takes it out of the paragraph and
/// reads it as it reads a closing dateline, with the reporters named in its brackets as authors.
struct Opener: Sendable, Equatable {
    var agency: String
    var place: String?
    var month: Int?
    var day: Int?
    var authors: [String]
    /// The opener as written, brackets included.
    var text: String
    /// The paragraph after it.
    var rest: String

    /// The dateline it amounts to, when it gives a day.
    var dateline: Dateline? {
        guard let month, let day else { return nil }
        return Dateline(agency: agency, place: place ?? "", month: month, day: day, text: text)
    }

    /// The longest a filing line (`新华社内蒙古鄂尔多斯十一月二十二日电`) runs before its 电 or 讯.
    static let limit = 24

    static func parse(_ paragraph: String) -> Opener? {
        let scalars = Array(paragraph.unicodeScalars)
        guard let mark = scalars.prefix(limit).firstIndex(where: { $0 == "电" || $0 == "讯" }), mark >= 2,
              let filing = Filing(scalars[..<mark], isWire: scalars[mark] == "电")
        else { return nil }
        var index = mark + 1
        var authors: [String] = []
        if index < scalars.count, scalars[index] == "（" || scalars[index] == "(",
           let close = scalars[index...].firstIndex(where: { $0 == "）" || $0 == ")" }) {
            let inside = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
            authors = Reporters.names(in: Substring(inside)) ?? []
            index = close + 1
        }
        let text = String(String.UnicodeScalarView(scalars[..<index]))
        while index < scalars.count, scalars[index].isWhitespace { index += 1 }
        let rest = String(String.UnicodeScalarView(scalars[index...]))
        guard !rest.isEmpty else { return nil }
        return Opener(agency: filing.agency, place: filing.place, month: filing.month, day: filing.day,
                      authors: authors, text: text, rest: rest)
    }

    /// What stands before the 电 or 讯: an outlet, then optionally a place and a day.
    struct Filing {
        var agency: String
        var place: String?
        var month: Int?
        var day: Int?

        /// `isWire`: the line ends in 电, which always gives a day.
        init?(_ scalars: ArraySlice<Unicode.Scalar>, isWire: Bool) {
            let text = Array(scalars)
            guard text.allSatisfy({ $0.isHan || Numerals.arabicDigit($0) != nil || $0 == "·" }),
                  let outletEnd = text.prefix(8).firstIndex(where: { "社报网台".unicodeScalars.contains($0) })
            else { return nil }
            agency = String(String.UnicodeScalarView(text[...outletEnd]))
            var placeEnd = text.count
            if text.last == "日", let (month, day, start) = Self.monthDay(text) {
                self.month = month
                self.day = day
                placeEnd = start
            } else if isWire {
                return nil
            }
            if placeEnd > outletEnd + 1 {
                place = String(String.UnicodeScalarView(text[(outletEnd + 1)..<placeEnd]))
            }
        }

        /// `6月18日`, `十一月二十二日` at the end of `text`: month, day and where the month starts.
        static func monthDay(_ text: [Unicode.Scalar]) -> (month: Int, day: Int, start: Int)? {
            guard let monthMark = text.lastIndex(of: "月") else { return nil }
            guard let (day, dayEnd) = Numerals.small(in: text, at: monthMark + 1), dayEnd == text.count - 1 else {
                return nil
            }
            // The earliest start that reads as the whole month: 十一月, not 一月.
            for start in max(0, monthMark - 3)..<monthMark {
                if let (month, end) = Numerals.small(in: text, at: start), end == monthMark, (1...12).contains(month) {
                    return (month, day, start)
                }
            }
            return nil
        }
    }
}
