import SteleSupport

/// A table keyed by search terms, filled as documents are weighed: a value for each term, in the
/// order the terms first came.
///
/// Nearly every term is a Han character or pair, one packed integer (`SearchTerm.han`). A `Dictionary`
/// hashes each with the standard library's seeded SipHash, and weighing 10,000 articles asks some
/// thirty million times: that hashing was half of building the index. Here a packed term finds its slot
/// by one multiplication (open addressing, linear probing); the rare other words keep a `Dictionary`.
struct SearchTermTable<Value> {
    /// Every term, in the order it was first added, and its value at the same place.
    private(set) var terms: [SearchTerm] = []
    private(set) var values: [Value] = []
    /// Packed Han terms (0 for an empty slot: no term packs to 0) and the place of each in `values`.
    private var slots: [UInt64]
    private var places: [Int32]
    private var shift: UInt64
    private var hanCount = 0
    private var words: [TextKey: Int] = [:]

    init(capacity: Int = 64) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        places = [Int32](repeating: 0, count: size)
        shift = UInt64(64 - size.trailingZeroBitCount)
    }

    var count: Int { terms.count }

    /// Changes the value of `term` by `body`, starting from `initial` when the term is new.
    mutating func update(_ term: SearchTerm, initial: @autoclosure () -> Value, _ body: (inout Value) -> Void) {
        let place: Int
        switch term {
        case let .han(packed):
            place = hanPlace(packed, initial: initial)
        case let .word(word):
            if let known = words[word] {
                place = known
            } else {
                place = append(term, initial())
                words[word] = place
            }
        }
        body(&values[place])
    }

    private mutating func hanPlace(_ packed: UInt64, initial: () -> Value) -> Int {
        var slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let mask = slots.count - 1
        while slots[slot] != 0 {
            if slots[slot] == packed { return Int(places[slot]) }
            slot = (slot + 1) & mask
        }
        let place = append(.han(packed), initial())
        slots[slot] = packed
        places[slot] = Int32(place)
        hanCount += 1
        if hanCount * 2 > slots.count { grow() }
        return place
    }

    private mutating func append(_ term: SearchTerm, _ value: Value) -> Int {
        terms.append(term)
        values.append(value)
        return terms.count - 1
    }

    private mutating func grow() {
        let old = zip(slots, places).filter { $0.0 != 0 }
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        places = [Int32](repeating: 0, count: slots.count)
        shift -= 1
        let mask = slots.count - 1
        for (packed, place) in old {
            var slot = Int(truncatingIfNeeded: (packed &* 0x9E37_79B9_7F4A_7C15) >> shift)
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = packed
            places[slot] = place
        }
    }
}

extension SearchTermTable: Sendable where Value: Sendable {}
