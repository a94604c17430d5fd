import SteleText

/// The dateline that ends a wire story: `（新华社兰州10月9日电）`. It carries the agency, the place
/// and the day, but no year.
struct Dateline: Sendable, Equatable {
    var agency: String?
    package var place: String
    package var month: Int
    package var day: Int
    /// As written, e.g. `（新华社兰州10月9日电）`.
    package var text: String

    /// A block that is nothing but a dateline, with or without brackets.
    package static func parse(wholeLine text: String) -> Dateline? {
        // At most `Opener.limit` scalars, 电 and two brackets: a longer line (a paragraph being joined
        // from many lines, asked again after each one) is no dateline, and is not read through.
        guard text.utf8.count <= 4 * (Opener.limit + 3) else { return nil }
        let scalars = Array(text.unicodeScalars)
        if scalars.first == "（", scalars.last == "）", scalars.count > 2 {
            return parse(inner: String(String.UnicodeScalarView(scalars[1..<(scalars.count - 1)])), text: text)
        }
        return parse(inner: text, text: text)
    }

    /// A dateline in brackets at the very end of a paragraph, and the paragraph's text before it.
    package static func parse(trailing text: String) -> (dateline: Dateline, before: String)? {
        let scalars = text.unicodeScalars
        // The brackets hold at most `Opener.limit` scalars and 电, so only the text's last few scalars
        // are read: the paragraph before them may be long, and is asked again after each line joined to it.
        guard scalars.last == "）", let open = scalars.suffix(Opener.limit + 3).lastIndex(of: "（") else { return nil }
        let inner = String(scalars[scalars.index(after: open)..<scalars.index(before: scalars.endIndex)])
        let written = String(scalars[open...])
        guard let dateline = parse(inner: inner, text: written) else { return nil }
        return (dateline, String(scalars[..<open]).trimmingSpaces())
    }

    /// `新华社北京10月9日电`, `中新社马鞍山十一月二十二日电`: agency and place, month 月, day 日, 电 (or 讯).
    private static func parse(inner: String, text: String) -> Dateline? {
        var scalars = Array(inner.unicodeScalars)
        guard let last = scalars.popLast(), last == "电" || last == "讯", scalars.last == "日",
              scalars.count <= Opener.limit, scalars.allSatisfy({ $0.isHan || $0.isASCIIDigit || $0 == "·" }),
              let (month, day, start) = Opener.Filing.monthDay(scalars), start > 0
        else { return nil }
        let name = Array(scalars[..<start])
        guard name.allSatisfy({ $0.isHan || $0 == "·" }) else { return nil }
        // The agency is the name up to its 社, 报, 网 or 台 (新华社, 人民日报, 中新网); the rest is the place.
        let agencyEnd = name.prefix(8).firstIndex { "社报网台".unicodeScalars.contains($0) }
        let agency = agencyEnd.map { String(String.UnicodeScalarView(name[...$0])) }
        let place = String(String.UnicodeScalarView(name[(agencyEnd.map { $0 + 1 } ?? 0)...]))
        guard !place.isEmpty else { return nil }
        return Dateline(agency: agency, place: place, month: month, day: day, text: text)
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

    /// The latest day with this dateline's month and day on or before `bound`: a report filed before its issue.
    func latestDate(notAfter bound: PageDate) -> PageDate? {
        for year in stride(from: bound.year, through: bound.year - 1, by: -1) where day <= PageDate.days(inMonth: month, year: year) {
            let date = PageDate(year: year, month: month, day: day)
            if date <= bound { return date }
        }
        return nil
    }
}
