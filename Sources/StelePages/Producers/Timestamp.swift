import Foundation
import SteleText

/// A page date as one instant: for deciding what is in the future and for feeds, which need a full
/// RFC 3339 date-time.
///
/// A date without a time is midnight UTC of that day; a time without an offset is taken as UTC. A time
/// that is not one (`date: 2022-10-09 morning`) never gets this far: frontmatter refuses it.
public struct Timestamp: Sendable, Hashable, Comparable {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var secondsSince1970: Int
    /// The date-time as written for feeds: `2022-10-09T00:00:00Z`, `2022-10-09T08:30:00+08:00`.
    public var rfc3339: String

    public init(_ date: PageDate) {
        let days = Self.daysSince1970(year: date.year, month: date.month, day: date.day)
        let time = Self.parseTime(date.time)
        let clock = time.map { ($0.hour, $0.minute, $0.second) } ?? (0, 0, 0)
        let offset = time?.offsetMinutes ?? 0
        secondsSince1970 = days * 86_400 + clock.0 * 3600 + clock.1 * 60 + clock.2 - offset * 60
        var text = "\(date.iso)T\(Self.two(clock.0)):\(Self.two(clock.1)):\(Self.two(clock.2))"
        if offset == 0 {
            text += "Z"
        } else {
            text += (offset < 0 ? "-" : "+") + Self.two(abs(offset) / 60) + ":" + Self.two(abs(offset) % 60)
        }
        rfc3339 = text
    }

    /// The instant of `date` (a build's "now").
    public init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        secondsSince1970 = seconds
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let (year, month, day) = Self.civil(fromDays: days)
        let rest = seconds - days * 86_400
        rfc3339 = PageDate(year: year, month: month, day: day).iso
            + "T\(Self.two(rest / 3600)):\(Self.two(rest / 60 % 60)):\(Self.two(rest % 60))Z"
    }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 < rhs.secondsSince1970 }

    public static func == (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSince1970 == rhs.secondsSince1970 }

    public func hash(into hasher: inout Hasher) { hasher.combine(secondsSince1970) }

    // MARK: Calendar arithmetic (proleptic Gregorian, as RFC 3339 uses)

    /// Days from 1970-01-01 to the date (Howard Hinnant's `days_from_civil`).
    static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The inverse of `daysSince1970`.
    static func civil(fromDays days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `T08:30`, `08:30:15`, `T08:30:15.250+08:00`, `T08:30Z`, `T0830+0800`: clock time and offset.
    static func parseTime(_ text: String) -> (hour: Int, minute: Int, second: Int, offsetMinutes: Int)? {
        var scalars = Substring(text).unicodeScalars[...]
        if let first = scalars.first, first == "T" || first == "t" || first == " " { scalars = scalars.dropFirst() }
        func number(_ width: Int) -> Int? {
            guard scalars.count >= width else { return nil }
            let digits = scalars.prefix(width)
            guard digits.allSatisfy({ ("0"..."9").contains($0) }) else { return nil }
            scalars = scalars.dropFirst(width)
            return digits.reduce(0) { $0 * 10 + Int($1.value - 48) }
        }
        func skip(_ separator: Unicode.Scalar) { if scalars.first == separator { scalars = scalars.dropFirst() } }
        guard let hour = number(2), hour < 24 else { return nil }
        skip(":")
        guard let minute = number(2), minute < 60 else { return nil }
        var second = 0
        if scalars.first == ":" {
            skip(":")
            guard let value = number(2), value < 61 else { return nil }
            second = min(value, 59)
            if scalars.first == "." || scalars.first == "," {
                scalars = scalars.dropFirst()
                scalars = scalars.drop { ("0"..."9").contains($0) }
            }
        }
        var offset = 0
        switch scalars.first {
        case nil: break
        case "Z", "z": scalars = scalars.dropFirst()
        case let sign? where sign == "+" || sign == "-":
            scalars = scalars.dropFirst()
            guard let hours = number(2), hours < 24 else { return nil }
            skip(":")
            let minutes = scalars.isEmpty ? 0 : number(2)
            guard let minutes, minutes < 60 else { return nil }
            offset = (hours * 60 + minutes) * (sign == "-" ? -1 : 1)
        default: return nil
        }
        return scalars.isEmpty ? (hour, minute, second, offset) : nil
    }

    private static func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
