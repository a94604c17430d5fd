import Foundation
import SteleText

/// A figure a text cites: a number with its unit or measure word (51.8万人, 400多万个基层党组织, 99.99%).
public struct Quantity: Sendable, Equatable {
    /// What a quantity counts, for grouping the table.
    public enum Group: String, Sendable, CaseIterable {
        case people, organisations, places, percentages, time, other
    }

    /// Which way a figure goes when the text says it fell: 下降3.5个百分点, 负增长2.1%, -8.6%.
    public enum Direction: String, Sendable {
        /// A fall or a negative value; `value` is then negative. A rise is not marked: most figures are levels.
        case down
    }

    /// A pair such as 从40多道精简为10多道: the figure before and the figure after.
    public struct Change: Sendable, Equatable {
        public var from: String
        public var to: String
    }

    /// The figure as written, approximation words included: 近11万家.
    public var text: String
    /// The number, normalised: 51.8万 → 518000, 1.5亿 → 150000000, 二十 → 20, 半 → 0.5; a percentage as
    /// written (99.99). Signed: a fall is negative (下降3.5个百分点 → -3.5).
    public var value: Decimal
    /// The top of a range (四五个 → 5), else nil.
    public var upper: Decimal?
    public var group: Group
    /// `.down` for a fall or a negative value, else nil.
    public var direction: Direction? = nil
    public var approximation: Approximation?
    /// The measure word or unit: 个, 人, 名, 家, %, 个月; empty for a bare 万-scale number.
    public var unit: String
    /// The noun the figure counts (基层党组织 in 400多万个基层党组织), when one follows.
    public var counts: String?
    /// A pair such as 从40多道精简为10多道, else nil: rare, so kept behind a reference (see `changeBox`).
    public var change: Change? {
        get { changeBox?.change }
        set { changeBox = newValue.map(ChangeBox.init) }
    }
    /// Offset of the first scalar in the paragraph, and length in scalars.
    public var start: Int {
        get { Int(startOffset) }
        set { startOffset = Int32(clamping: newValue) }
    }
    public var length: Int {
        get { Int(scalarCount) }
        set { scalarCount = Int32(clamping: newValue) }
    }

    // A build holds every quantity of the corpus until the statistics are written (270,000 at 10,000
    // articles), so the rare pair and the offsets are stored small, and `group` and `direction` sit in
    // the gap after `upper`: 136 bytes a quantity, not 184.
    private var changeBox: ChangeBox?
    private var startOffset: Int32
    private var scalarCount: Int32

    public init(text: String, value: Decimal, upper: Decimal?, approximation: Approximation?, unit: String,
                counts: String?, group: Group, change: Change?, start: Int, length: Int) {
        self.text = text
        self.value = value
        self.upper = upper
        self.approximation = approximation
        self.unit = unit
        self.counts = counts
        self.group = group
        self.changeBox = change.map(ChangeBox.init)
        // Clamped: only a paragraph of over two billion characters could reach past Int32.
        self.startOffset = Int32(clamping: start)
        self.scalarCount = Int32(clamping: length)
    }

    /// A `Change` behind a reference, compared by what it holds.
    private final class ChangeBox: Sendable, Equatable {
        let change: Change
        init(_ change: Change) { self.change = change }
        static func == (lhs: ChangeBox, rhs: ChangeBox) -> Bool { lhs.change == rhs.change }
    }
}
