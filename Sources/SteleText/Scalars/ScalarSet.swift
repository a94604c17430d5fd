/// A fixed set of scalars — punctuation marks, suffixes, the characters of a class — asked about one
/// scalar at a time in the scanners' inner loops.
///
/// `Set<Unicode.Scalar>` hashes every scalar it is asked about with a per-process seeded SipHash; with
/// about thirty such sets asked at nearly every scalar of every paragraph, hashing scalars was 2–3% of a
/// cold build's CPU time (docs/performance.md). These sets are small and never change, so a sorted array
/// searched by halves answers with a few comparisons of integers and no hashing. Most scalars asked
/// about are in no set: a 256-bit filter of the members' low bytes turns most of them away before the
/// search (the search was 1.9% of a cold build, most of it for non-members).
public struct ScalarSet: Sendable, Hashable, Sequence, ExpressibleByArrayLiteral {
    /// The members' values, ascending, each once.
    private let values: [UInt32]
    private let filter: LowByteFilter

    public init(_ scalars: some Sequence<Unicode.Scalar>) {
        values = Array(Set(scalars.map(\.value))).sorted()
        filter = LowByteFilter(values)
    }

    public init(arrayLiteral scalars: Unicode.Scalar...) {
        self.init(scalars)
    }

    /// The scalars of `characters`: `ScalarSet("省市县")`.
    public init(_ characters: String) {
        self.init(characters.unicodeScalars)
    }

    public func contains(_ scalar: Unicode.Scalar) -> Bool {
        filter.mayContain(scalar.value) && values.sortedIndex(of: scalar.value) != nil
    }

    public func union(_ other: some Sequence<Unicode.Scalar>) -> ScalarSet {
        ScalarSet(Array(self) + Array(other))
    }

    public var count: Int { values.count }

    public func makeIterator() -> some IteratorProtocol<Unicode.Scalar> {
        values.lazy.compactMap(Unicode.Scalar.init).makeIterator()
    }
}

/// A fixed table keyed by scalars (a numeral's value, a bracket's partner), looked up like `ScalarSet`
/// and for the same reason: no hashing per scalar.
public struct ScalarMap<Value: Sendable>: Sendable, ExpressibleByDictionaryLiteral {
    /// The keys' values, ascending, and the value of each at the same place.
    private let keys: [UInt32]
    private let values: [Value]
    private let filter: LowByteFilter

    /// A table of `pairs`; a key given twice keeps its last value, as a dictionary literal may not.
    public init(_ pairs: some Sequence<(Unicode.Scalar, Value)>) {
        var table: [UInt32: Value] = [:]
        for (key, value) in pairs { table[key.value] = value }
        keys = table.keys.sorted()
        values = keys.map { table[$0]! }
        filter = LowByteFilter(keys)
    }

    public init(dictionaryLiteral pairs: (Unicode.Scalar, Value)...) {
        self.init(pairs)
    }

    public subscript(_ scalar: Unicode.Scalar) -> Value? {
        guard filter.mayContain(scalar.value) else { return nil }
        return keys.sortedIndex(of: scalar.value).map { values[$0] }
    }

    public var keySet: ScalarSet { ScalarSet(keys.compactMap(Unicode.Scalar.init)) }
}

/// Which low bytes (value mod 256) the members of a set have: a scalar whose low byte none has is no
/// member. The low bytes of ideographs and punctuation spread evenly, so a set of a dozen members
/// turns away about 95% of the scalars that are not in it.
private struct LowByteFilter: Sendable, Hashable {
    private var bits = SIMD4<UInt64>(repeating: 0)

    init(_ values: [UInt32]) {
        for value in values { bits[Int(value >> 6 & 3)] |= 1 << UInt64(value & 63) }
    }

    @inline(__always) func mayContain(_ value: UInt32) -> Bool {
        bits[Int(value >> 6 & 3)] & (1 << UInt64(value & 63)) != 0
    }
}

private extension Array<UInt32> {
    /// The index of `value` in this ascending array, found by halves; nil when it is absent.
    func sortedIndex(of value: UInt32) -> Int? {
        guard let first, let last, value >= first, value <= last else { return nil }
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if self[middle] < value { low = middle + 1 } else { high = middle }
        }
        return self[low] == value ? low : nil
    }
}
