import SteleSupport

/// A calendar date from frontmatter (`2022-10-09`, optionally with a time, which orders pages on one day).
public struct PageDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Whatever followed the date (`T08:00:00+08:00`), kept for ordering and for feeds.
    public var time: String

    public init(year: Int, month: Int, day: Int, time: String = "") {
        self.year = year
        self.month = month
        self.day = day
        self.time = time
    }

    /// Parses `YYYY-MM-DD`, optionally followed by `T` or a space and a time; nil when it is not a real date.
    public init?(_ text: String) {
        let scalars = Array(text.trimmingSpacesAndTabs().unicodeScalars)
        guard scalars.count >= 10, scalars[4] == "-", scalars[7] == "-",
              let year = Self.number(scalars[0..<4]), let month = Self.number(scalars[5..<7]),
              let day = Self.number(scalars[8..<10]),
              year >= 1, (1...12).contains(month), (1...Self.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        let rest = String(scalars: scalars[10...])
        guard rest.isEmpty || (rest.hasPrefix("T") || rest.hasPrefix(" ")) && Self.isTime(rest.dropFirst()) else {
            return nil
        }
        self.init(year: year, month: month, day: day, time: rest.trimmingSpacesAndTabs())
    }

    /// `HH:MM`, `HH:MM:SS` or `HH:MM:SS.fff`, then nothing, `Z` or an offset `±HH:MM` (or `±HHMM`), each part in range:
    /// a time that is not one (`25:61:99`, `08:30 junk`) must not pass as midnight.
    static func isTime(_ text: Substring) -> Bool {
        var rest = text[...]
        func twoDigits(max: Int) -> Bool {
            let digits = rest.prefix(2)
            guard digits.count == 2, digits.allSatisfy(\.isASCII), let value = Int(digits), value <= max else { return false }
            rest = rest.dropFirst(2)
            return true
        }
        func skip(_ mark: Character) -> Bool {
            guard rest.first == mark else { return false }
            rest = rest.dropFirst()
            return true
        }
        guard twoDigits(max: 23), skip(":"), twoDigits(max: 59) else { return false }
        if skip(":") {
            guard twoDigits(max: 60) else { return false }
            if skip(".") {
                let fraction = rest.prefix { $0.isASCII && $0.isNumber }
                guard !fraction.isEmpty else { return false }
                rest = rest.dropFirst(fraction.count)
            }
        }
        if rest.isEmpty || rest == "Z" { return true }
        guard skip("+") || skip("-"), twoDigits(max: 14) else { return false }
        _ = skip(":")  // +08:00 or +0800
        guard twoDigits(max: 59) else { return false }
        return rest.isEmpty
    }

    /// `2022-10-09`.
    public var iso: String {
        let pad = { (value: Int, width: Int) in String(repeating: "0", count: max(0, width - String(value).count)) + String(value) }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public var description: String { time.isEmpty ? iso : "\(iso)\(time.hasPrefix("T") ? "" : " ")\(time)" }

    public static func < (lhs: PageDate, rhs: PageDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.time) < (rhs.year, rhs.month, rhs.day, rhs.time)
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func number(_ digits: ArraySlice<Unicode.Scalar>) -> Int? {
        guard digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
        return Int(String(scalars: digits))
    }
}
