import Foundation
import SteleMarkdown
import SteleSupport

/// The order the statistics page and stats.json list each group's quantities in.
extension StatisticsReport {
    /// Largest value first, then by the bytes of the text, article and paragraph: `String`'s `<` would
    /// normalise both sides on every comparison, which made sorting 10,000 articles' figures a few per
    /// cent of a build (issue 13's profile). Text is NFC by then, so the order is the same.
    static func isListed(_ a: CitedQuantity, before b: CitedQuantity) -> Bool {
        if a.quantity.value != b.quantity.value { return a.quantity.value > b.quantity.value }
        if a.quantity.text != b.quantity.text { return a.quantity.text.utf8.lexicographicallyPrecedes(b.quantity.text.utf8) }
        if a.articlePath != b.articlePath { return a.articlePath.utf8.lexicographicallyPrecedes(b.articlePath.utf8) }
        return a.paragraphID.utf8.lexicographicallyPrecedes(b.paragraphID.utf8)
    }

    /// Each group's quantities in the order of `isListed`, as places in `quantities`, ties in the order
    /// of the places.
    ///
    /// Each of `isListed`'s four criteria is first turned into a rank, by sorting only its distinct
    /// values: the corpus cites far fewer distinct values, texts, articles and paragraph numbers than
    /// quantities. The quantities are then sorted by their four ranks, integers, with no `Decimal`
    /// compared and no string read. Comparing the quantities themselves, most of whose neighbours
    /// in the order are ties on value (every 100 of the corpus), took 4% of a 100,000-article build.
    ///
    /// The groups are sorted on all cores: at 100,000 articles (2.7 million quantities) one sort after
    /// the other kept one core busy for seconds while the other waited.
    static func listedOrder(_ quantities: CitedQuantities) async -> [Quantity.Group: [CitedQuantities.Place]] {
        let places = quantities.places
        let keys = ListingKeys(quantities.articleRuns)
        let groups = Dictionary(grouping: places.indices, by: { quantities.quantity(at: places[$0]).group })
        let sorted = await Array(groups).concurrentMap { group, positions in
            // `sorted` is stable, and `positions` ascend: ties keep the order of the places.
            let order = positions.map { (key: keys[$0], place: places[$0]) }.sorted { $0.key < $1.key }
            return (group, order.map(\.place))
        }
        return Dictionary(uniqueKeysWithValues: sorted)
    }
}

/// Each quantity's place in the listed order as two integers: its value's rank and its text's rank,
/// then its article's rank and its paragraph's; in the order of `CitedQuantities.places`.
private struct ListingKeys {
    struct Key: Comparable {
        /// The value's rank (0 for the largest) above the text's.
        var high: UInt64
        /// The article path's rank above the paragraph id's.
        var low: UInt64

        init(_ value: Int, _ text: Int, _ article: Int, _ paragraph: Int) {
            high = UInt64(value) << 32 | UInt64(text)
            low = UInt64(article) << 32 | UInt64(paragraph)
        }

        var value: Int { Int(high >> 32) }
        var text: Int { Int(high & 0xFFFF_FFFF) }
        var article: Int { Int(low >> 32) }
        var paragraph: Int { Int(low & 0xFFFF_FFFF) }

        static func < (a: Key, b: Key) -> Bool { (a.high, a.low) < (b.high, b.low) }
    }

    private let keys: [Key]

    subscript(position: Int) -> Key { keys[position] }

    init(_ runs: [ArticleQuantities]) {
        var values = Distinct<DecimalBits>()
        var texts = Distinct<TextKey>()
        var paragraphs = Distinct<Int32>()
        var articles = Distinct<TextKey>()
        // Each distinct value as a `Decimal` and as a `Double`, by its number.
        var decimals: [Decimal] = []
        var doubles: [Double] = []
        // The members' numbers first, made their ranks once all are known.
        var keys: [Key] = []
        for run in runs {
            let article = articles.number(of: TextKey(run.articlePath))
            for cited in run.list {
                let value = values.number(of: DecimalBits(cited.quantity.value))
                if value == decimals.count {
                    decimals.append(cited.quantity.value)
                    doubles.append(NSDecimalNumber(decimal: cited.quantity.value).doubleValue)
                }
                keys.append(Key(value, texts.number(of: TextKey(cited.quantity.text)),
                                article, paragraphs.number(of: cited.paragraph)))
            }
        }
        let valueRanks = values.ranks { a, b in
            // The exact comparison normalises both sides each time: values far apart are told by
            // their doubles, whose error is far below the margin.
            let (x, y) = (doubles[a], doubles[b])
            if abs(x - y) > 1e-9 * max(abs(x), abs(y)) { return x > y ? .before : .after }
            return decimals[a] == decimals[b] ? .same : decimals[a] > decimals[b] ? .before : .after
        }
        let textRanks = texts.ranks { a, b in ListingOrder.byBytes(texts[a].text, texts[b].text) }
        let articleRanks = articles.ranks { a, b in ListingOrder.byBytes(articles[a].text, articles[b].text) }
        let paragraphRanks = paragraphs.ranks { a, b in
            ListingOrder.byBytes(Paragraph.id(number: Int(paragraphs[a])), Paragraph.id(number: Int(paragraphs[b])))
        }
        for index in keys.indices {
            let key = keys[index]
            keys[index] = Key(Int(valueRanks[key.value]), Int(textRanks[key.text]), Int(articleRanks[key.article]),
                              Int(paragraphRanks[key.paragraph]))
        }
        self.keys = keys
    }
}

/// Where one member stands against another.
private enum ListingOrder {
    case before, same, after

    /// By the strings' UTF-8 bytes.
    static func byBytes(_ a: String, _ b: String) -> ListingOrder {
        a.utf8.elementsEqual(b.utf8) ? .same : a.utf8.lexicographicallyPrecedes(b.utf8) ? .before : .after
    }
}

/// The distinct members of a list, each numbered as first met, and then ranked.
private struct Distinct<Member: Hashable> {
    private var numbers: [Member: Int] = [:]
    private var members: [Member] = []

    /// The number of `member`: the next one for a member not met before.
    mutating func number(of member: Member) -> Int {
        if let number = numbers[member] { return number }
        numbers[member] = members.count
        members.append(member)
        return members.count - 1
    }

    subscript(number: Int) -> Member { members[number] }

    /// Each member's rank, by its number: 0 for the first in `order` (which compares numbers), the
    /// same rank for members the order calls the same (two spellings of one `Decimal`).
    func ranks(by order: (Int, Int) -> ListingOrder) -> [UInt32] {
        let sorted = members.indices.sorted { order($0, $1) == .before }
        var ranks = [UInt32](repeating: 0, count: members.count)
        var rank: UInt32 = 0
        for (position, number) in sorted.enumerated() {
            if position > 0, order(sorted[position - 1], number) != .same { rank += 1 }
            ranks[number] = rank
        }
        return ranks
    }
}

/// A `Decimal`'s bytes, to find the distinct values without comparing them: two spellings of one
/// value (1.5 and 1.50) are two members, which `Distinct.ranks` then ranks the same.
private struct DecimalBits: Hashable {
    private var bytes: (UInt64, UInt64, UInt32) = (0, 0, 0)

    init(_ value: Decimal) {
        withUnsafeMutableBytes(of: &bytes) { target in
            withUnsafeBytes(of: value) { source in
                precondition(source.count <= target.count, "a Decimal of \(source.count) bytes")
                target.copyMemory(from: source)
            }
        }
    }

    static func == (a: DecimalBits, b: DecimalBits) -> Bool { a.bytes == b.bytes }

    func hash(into hasher: inout Hasher) {
        hasher.combine(bytes.0)
        hasher.combine(bytes.1)
        hasher.combine(bytes.2)
    }
}
