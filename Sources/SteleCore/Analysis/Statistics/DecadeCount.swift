/// How many events fall in one decade (1920 for the 1920s).
public struct DecadeCount: Sendable, Equatable {
    public var decade: Int
    public var count: Int

    public init(decade: Int, count: Int) {
        self.decade = decade
        self.count = count
    }

    /// Decades from the first to the last year given, empty decades included, so a chart shows time evenly.
    public static func histogram(years: [Int]) -> [DecadeCount] {
        guard let first = years.min(), let last = years.max() else { return [] }
        var counts: [Int: Int] = [:]
        for year in years { counts[year / 10 * 10, default: 0] += 1 }
        return stride(from: first / 10 * 10, through: last / 10 * 10, by: 10).map {
            DecadeCount(decade: $0, count: counts[$0] ?? 0)
        }
    }

    /// Years a text names in Arabic digits before 年 (1949年, 2021年), each mention once.
    ///
    /// A stand-in for the timeline's events until the timeline is wired in: the chart takes any list of years.
    public static func yearsMentioned(in text: String) -> [Int] {
        let scalars = Array(text.unicodeScalars)
        var years: [Int] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].digitValue != nil, index == 0 || scalars[index - 1].digitValue == nil else {
                index += 1
                continue
            }
            var end = index
            var value = 0
            while end < scalars.count, let digit = scalars[end].digitValue {
                if end - index < 4 { value = value * 10 + digit }  // longer runs are no years; never overflow
                end += 1
            }
            if end - index == 4, end < scalars.count, scalars[end] == "年", (1000...2999).contains(value) {
                years.append(value)
            }
            index = end
        }
        return years
    }
}
