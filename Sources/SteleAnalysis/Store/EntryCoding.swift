/// The bytes of an `AnalysisStore` entry: numbers as variable-length integers, strings as their length
/// and UTF-8 bytes, an optional as a flag before its value, a list as its count before its items — no
/// names and no punctuation.
///
/// The store's entries were Foundation JSON. Encoding them was 5% of a cold build's CPU time and decoding
/// them 8% of a warm one (docs/performance.md), nearly all of it the coders' work per key and per value,
/// and sorting words for the entry compared them as Unicode text. An entry is only ever read by the Stele
/// that wrote it (its key names the executable), so it needs no self-description; what it needs is to
/// fail cleanly on a file it did not write, which every read here checks.
protocol EntryCodable {
    init(from reader: inout EntryReader) throws(EntryReader.Damaged)
    func write(to writer: inout EntryWriter)
}

/// Appends values to an entry's bytes.
struct EntryWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    /// Zigzag LEB128: small magnitudes of either sign take one byte.
    mutating func write(_ value: Int) {
        var rest = UInt64(bitPattern: Int64(value) << 1 ^ Int64(value) >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    mutating func write(_ value: Bool) {
        bytes.append(value ? 1 : 0)
    }

    mutating func write(_ value: String) {
        var value = value
        value.withUTF8 { write(utf8: $0) }
    }

    /// A string given as its UTF-8 bytes, written as `write(_: String)` writes it.
    mutating func write(utf8: UnsafeBufferPointer<UInt8>) {
        write(utf8.count)
        bytes.append(contentsOf: utf8)
    }

    mutating func write<Value: EntryCodable>(_ value: Value) {
        value.write(to: &self)
    }

    /// A flag, then the value when there is one.
    mutating func write(_ value: String?) {
        write(value != nil)
        if let value { write(value) }
    }

    mutating func write(_ value: Int?) {
        write(value != nil)
        if let value { write(value) }
    }

    /// The count, then each item.
    mutating func write<Values: Collection>(_ values: Values) where Values.Element: EntryCodable {
        write(values.count)
        for value in values { value.write(to: &self) }
    }
}

/// Reads back what an `EntryWriter` wrote, in the same order; any byte out of place — a file cut short,
/// another format, a file edited by hand — throws `Damaged` rather than trapping or reading on.
struct EntryReader {
    /// The entry is not one this Stele wrote: it is analysed again.
    struct Damaged: Error, Equatable {}

    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Whether every byte was read: an entry with bytes left over is damaged too.
    var isAtEnd: Bool { offset == bytes.count }

    mutating func readInt() throws(Damaged) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard offset < bytes.count, shift < 64 else { throw Damaged() }
            let byte = bytes[offset]
            offset += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        return Int(Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1))
    }

    mutating func readBool() throws(Damaged) -> Bool {
        guard offset < bytes.count, bytes[offset] <= 1 else { throw Damaged() }
        defer { offset += 1 }
        return bytes[offset] == 1
    }

    mutating func readString() throws(Damaged) -> String {
        let count = try readInt()
        guard count >= 0, count <= bytes.count - offset,
              let text = String(validating: bytes[offset..<offset + count], as: UTF8.self)
        else { throw Damaged() }
        offset += count
        return text
    }

    /// A string that names one case of `Value`.
    mutating func read<Value: RawRepresentable<String>>(_: Value.Type) throws(Damaged) -> Value {
        guard let value = Value(rawValue: try readString()) else { throw Damaged() }
        return value
    }

    mutating func read<Value: EntryCodable>(_: Value.Type) throws(Damaged) -> Value {
        try Value(from: &self)
    }

    /// What `EntryWriter` wrote of an optional: a flag, then the value when there is one.
    mutating func readOptionalString() throws(Damaged) -> String? {
        try readBool() ? try readString() : nil
    }

    mutating func readOptionalInt() throws(Damaged) -> Int? {
        try readBool() ? try readInt() : nil
    }

    mutating func readOptional<Value: RawRepresentable<String>>(_ type: Value.Type) throws(Damaged) -> Value? {
        try readBool() ? try read(type) : nil
    }

    /// A count, then that many items.
    mutating func readList<Value>(_ readValue: (inout EntryReader) throws(Damaged) -> Value) throws(Damaged) -> [Value] {
        let count = try readInt()
        // Each item takes at least a byte: a larger count is damage, not a list to reserve room for.
        guard count >= 0, count <= bytes.count - offset else { throw Damaged() }
        var values: [Value] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try readValue(&self)) }
        return values
    }

    mutating func readList<Value: EntryCodable>(of _: Value.Type) throws(Damaged) -> [Value] {
        try readList { (reader: inout EntryReader) throws(Damaged) in try Value(from: &reader) }
    }
}
