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
}
