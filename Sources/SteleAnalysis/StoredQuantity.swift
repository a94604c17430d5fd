import Foundation
import SteleText

/// A cited quantity as the build cache (`AnalysisStore`) keeps it: one JSON array of its fields in a
/// fixed order, not an object. Foundation's `JSONDecoder` spends its time per key: decoding the cached
/// analyses with keyed quantities was 13% of a warm build (docs/performance.md), and an array of values
/// decodes about four times faster. The order below is the format; `StoredQuantityTests` fails when a
/// field is added to `Quantity` or `CitedQuantity` and not here.
struct StoredQuantity: Codable {
    var cited: StatisticsReport.CitedQuantity

    /// How many stored properties `Quantity` and `CitedQuantity` have, all written below.
    static let quantityFields = 11
    static let citedFields = 4

    init(_ cited: StatisticsReport.CitedQuantity) {
        self.cited = cited
    }

    init(from decoder: any Decoder) throws {
        var fields = try decoder.unkeyedContainer()
        let text = try fields.decode(String.self)
        let value = try fields.decode(Decimal.self)
        let upper = try fields.decodeIfPresent(Decimal.self)
        let approximationKind = try fields.decodeIfPresent(Approximation.Kind.self)
        let approximationWord = try fields.decodeIfPresent(String.self)
        let unit = try fields.decode(String.self)
        let counts = try fields.decodeIfPresent(String.self)
        let group = try fields.decode(Quantity.Group.self)
        let changeFrom = try fields.decodeIfPresent(String.self)
        let changeTo = try fields.decodeIfPresent(String.self)
        let direction = try fields.decodeIfPresent(Quantity.Direction.self)
        let start = try fields.decode(Int.self)
        let length = try fields.decode(Int.self)
        var quantity = Quantity(text: text, value: value, upper: upper,
                                approximation: approximationKind.map { Approximation($0, word: approximationWord ?? "") },
                                unit: unit, counts: counts, group: group,
                                change: changeFrom.flatMap { from in changeTo.map { Quantity.Change(from: from, to: $0) } },
                                start: start, length: length)
        quantity.direction = direction
        cited = StatisticsReport.CitedQuantity(quantity: quantity, articleTitle: try fields.decode(String.self),
                                               articlePath: try fields.decode(String.self),
                                               paragraphID: try fields.decode(String.self))
    }

    func encode(to encoder: any Encoder) throws {
        var fields = encoder.unkeyedContainer()
        let quantity = cited.quantity
        try fields.encode(quantity.text)
        try fields.encode(quantity.value)
        try fields.encode(quantity.upper)
        try fields.encode(quantity.approximation?.kind)
        try fields.encode(quantity.approximation?.word)
        try fields.encode(quantity.unit)
        try fields.encode(quantity.counts)
        try fields.encode(quantity.group)
        try fields.encode(quantity.change?.from)
        try fields.encode(quantity.change?.to)
        try fields.encode(quantity.direction)
        try fields.encode(quantity.start)
        try fields.encode(quantity.length)
        try fields.encode(cited.articleTitle)
        try fields.encode(cited.articlePath)
        try fields.encode(cited.paragraphID)
    }
}
