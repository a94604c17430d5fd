import Foundation
import SteleText

/// An article's quantities as the build cache (`AnalysisStore`) keeps them: the article once, then each
/// quantity's fields in a fixed order, numbers as their decimal text (a `Decimal` reads back exactly from
/// it). The order below is the format; `StoredQuantityTests` fails when a field is added to `Quantity`,
/// `ParagraphQuantity` or `ArticleQuantities` and not here.
extension ArticleQuantities: EntryCodable {
    /// How many stored properties each type has, all written below.
    static let storedFields = (quantity: 11, paragraph: 2, article: 3)

    init(from reader: inout EntryReader) throws(EntryReader.Damaged) {
        self.init(articleTitle: try reader.readString(), articlePath: try reader.readString(),
                  list: try reader.readList(of: ParagraphQuantity.self))
    }

    func write(to writer: inout EntryWriter) {
        writer.write(articleTitle)
        writer.write(articlePath)
        writer.write(list)
    }
}

extension ParagraphQuantity: EntryCodable {
    init(from reader: inout EntryReader) throws(EntryReader.Damaged) {
        let text = try reader.readString()
        let value = try reader.readDecimal()
        let upper = try reader.readBool() ? try reader.readDecimal() : nil
        let approximationKind = try reader.readOptional(Approximation.Kind.self)
        let approximationWord = try reader.readOptionalString()
        let unit = try reader.readString()
        let counts = try reader.readOptionalString()
        let group = try reader.read(Quantity.Group.self)
        let changeFrom = try reader.readOptionalString()
        let changeTo = try reader.readOptionalString()
        let direction = try reader.readOptional(Quantity.Direction.self)
        var quantity = Quantity(text: text, value: value, upper: upper,
                                approximation: approximationKind.map { Approximation($0, word: approximationWord ?? "") },
                                unit: unit, counts: counts, group: group,
                                change: changeFrom.flatMap { from in changeTo.map { Quantity.Change(from: from, to: $0) } },
                                start: try reader.readInt(), length: try reader.readInt())
        quantity.direction = direction
        self.init(quantity: quantity, paragraph: try reader.readInt())
    }

    func write(to writer: inout EntryWriter) {
        writer.write(quantity.text)
        writer.write(quantity.value.description)
        writer.write(quantity.upper?.description)
        writer.write(quantity.approximation?.kind.rawValue)
        writer.write(quantity.approximation?.word)
        writer.write(quantity.unit)
        writer.write(quantity.counts)
        writer.write(quantity.group.rawValue)
        writer.write(quantity.change?.from)
        writer.write(quantity.change?.to)
        writer.write(quantity.direction?.rawValue)
        writer.write(quantity.start)
        writer.write(quantity.length)
        writer.write(Int(paragraph))
    }
}

private extension EntryReader {
    mutating func readDecimal() throws(Damaged) -> Decimal {
        guard let value = Decimal(string: try readString()) else { throw Damaged() }
        return value
    }
}
