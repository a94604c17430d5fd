/// Right answers out of all asked, for one measure.
public struct Tally: Sendable, Equatable {
    public var right = 0
    public var total = 0

    public init(right: Int = 0, total: Int = 0) {
        self.right = right
        self.total = total
    }

    public mutating func count(_ isRight: Bool) {
        total += 1
        if isRight { right += 1 }
    }

    public static func + (lhs: Tally, rhs: Tally) -> Tally {
        Tally(right: lhs.right + rhs.right, total: lhs.total + rhs.total)
    }

    /// The share right, 1 when nothing was asked.
    public var ratio: Double { total == 0 ? 1 : Double(right) / Double(total) }

    /// `41/44 93%`, or `–` when nothing was asked.
    public var text: String {
        total == 0 ? "–" : "\(right)/\(total) \(Int((ratio * 100).rounded(.down)))%"
    }
}
