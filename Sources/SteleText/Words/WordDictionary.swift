import Foundation

/// A prefix dictionary of word frequencies, as jieba builds it: every word with its frequency and
/// part-of-speech tag, and every prefix of a word present with frequency 0, so that a segmenter can
/// stop extending a candidate as soon as no word starts that way.
///
/// Words are stored as Unicode scalars in one flat buffer and found through an open-addressing hash
/// table whose hash can be extended one scalar at a time ( `lookup(hash:…)` ): building the DAG of
/// a sentence then costs one probe per candidate, and loading jieba's 350,000 words makes no
/// `String` per word.
public struct WordDictionary: Sendable {
    /// One word or prefix found in the dictionary.
    public struct Entry: Sendable, Equatable {
        /// 0 for a prefix that is not itself a word.
        public var frequency: Int
        /// Part-of-speech tag (`n`, `nr`, `ns`, `nt`, `m`, …); empty when the source gave none.
        public var tag: String
    }

    /// Sum of the frequencies of every word line read, as jieba counts it (the denominator of a word's probability).
    public private(set) var total: Int = 0
    /// Number of distinct words (not counting prefixes).
    public private(set) var wordCount: Int = 0

    private var scalars: [UInt32] = []
    /// One record per word or prefix, its fields side by side: a look-up reads one record, not one
    /// element of five arrays (each a cache miss in tables of half a million entries).
    private var records: [Record] = []
    private var tags: [String] = [""]
    private var tagIndexByName: [String: UInt16] = ["": 0]
    /// Slots hold the record index + 1 in the low 32 bits (0 is empty) and the high 32 bits of the
    /// record's hash in the high: a probe that meets another word rejects it without reading its record.
    private var slots: [UInt64]
    private var mask: Int

    private struct Record {
        var hash: UInt64
        var frequency: Int64 {
            didSet { logFrequency = Self.logarithm(of: frequency) }
        }
        /// `log(frequency)` (of 1 for less), kept beside it: the segmenter's best path sums these for
        /// every candidate word of every sentence, and taking each logarithm again was a twentieth of
        /// the cut.
        private(set) var logFrequency: Double
        var start: Int32
        var length: UInt16
        var tag: UInt16

        init(hash: UInt64, frequency: Int64, start: Int32, length: UInt16, tag: UInt16) {
            self.hash = hash
            self.frequency = frequency
            logFrequency = Self.logarithm(of: frequency)
            self.start = start
            self.length = length
            self.tag = tag
        }

        private static func logarithm(of frequency: Int64) -> Double { log(Double(max(frequency, 1))) }
    }

    /// An empty dictionary with room for about `capacity` words and prefixes before it grows.
    public init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: 0, count: size)
        mask = size - 1
        records.reserveCapacity(capacity)
    }

    // MARK: Hashing

    /// The hash of the empty string; extend it with `extend(_:with:)` one scalar at a time.
    @inline(__always) public static var emptyHash: UInt64 { 0xcbf2_9ce4_8422_2325 }

    /// FNV-1a over scalar values.
    @inline(__always) public static func extend(_ hash: UInt64, with scalar: UInt32) -> UInt64 {
        (hash ^ UInt64(scalar)) &* 0x0000_0100_0000_01b3
    }

    // MARK: Lookup

    /// The entry for `scalars`, whose hash is `hash`, if that word or prefix is present.
    public func lookup(hash: UInt64, scalars word: UnsafeBufferPointer<UInt32>) -> Entry? {
        guard let index = find(hash: hash, word: word) else { return nil }
        return Entry(frequency: Int(records[index].frequency), tag: tags[Int(records[index].tag)])
    }

    /// The frequency of `word` (0 for a bare prefix), or nil when it is not even a prefix.
    func frequency(hash: UInt64, scalars word: UnsafeBufferPointer<UInt32>) -> Int? {
        find(hash: hash, word: word).map { Int(records[$0].frequency) }
    }

    /// Where `word` is kept, for `frequency(at:)` and `tag(at:)`: a segmenter that has found a word
    /// need not look it up again for its tag.
    func place(hash: UInt64, scalars word: UnsafeBufferPointer<UInt32>) -> Int? {
        find(hash: hash, word: word)
    }

    func frequency(at place: Int) -> Int { Int(records[place].frequency) }
    /// `log(frequency)` of the word at `place`, as `log(Double(max(frequency, 1)))` gives it.
    func logFrequency(at place: Int) -> Double { records[place].logFrequency }
    func tag(at place: Int) -> String { tags[Int(records[place].tag)] }

    /// Which words of the dictionary `scalars` holds from `index`, up to `longest` scalars long: bit `n`
    /// is set when the `n` scalars there are a word (frequency above 0). One probe per length, each
    /// extending the last one's hash, and none past a length that is not even a prefix: a scanner asks
    /// this at every number, where making a `String` of each length to look it up was most of the cost.
    package func wordLengths(in scalars: [Unicode.Scalar], at index: Int, upTo longest: Int) -> UInt64 {
        let longest = min(longest, scalars.count - index, 63)
        guard longest > 0 else { return 0 }
        return scalars.withUnsafeBufferPointer { buffer in
            buffer.withMemoryRebound(to: UInt32.self) { values in
                var lengths: UInt64 = 0
                var hash = Self.emptyHash
                for length in 1...longest {
                    hash = Self.extend(hash, with: values[index + length - 1])
                    let word = UnsafeBufferPointer(rebasing: values[index..<(index + length)])
                    guard let record = find(hash: hash, word: word) else { break }
                    if records[record].frequency > 0 { lengths |= 1 << UInt64(length) }
                }
                return lengths
            }
        }
    }

    /// The entry for `word`, if present.
    public func entry(for word: String) -> Entry? {
        let values = word.unicodeScalars.map(\.value)
        return values.withUnsafeBufferPointer { buffer in
            lookup(hash: buffer.reduce(Self.emptyHash, Self.extend), scalars: buffer)
        }
    }

    /// Whether `word` is a word of the dictionary (frequency above 0), not just a prefix of one.
    public func contains(_ word: String) -> Bool { (entry(for: word)?.frequency ?? 0) > 0 }

    private func find(hash: UInt64, word: UnsafeBufferPointer<UInt32>) -> Int? {
        let fingerprint = hash >> 32
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let stored = slots[slot]
            if stored == 0 { return nil }
            if stored >> 32 == fingerprint {
                let index = Int(truncatingIfNeeded: stored & 0xFFFF_FFFF) - 1
                let record = records[index]
                if record.hash == hash && Int(record.length) == word.count && matches(record, word) { return index }
            }
            slot = (slot + 1) & mask
        }
    }

    private func matches(_ record: Record, _ word: UnsafeBufferPointer<UInt32>) -> Bool {
        let start = Int(record.start)
        for offset in 0..<word.count where scalars[start + offset] != word[offset] { return false }
        return true
    }

    // MARK: Adding

    /// Adds `word` with `frequency` and `tag`, and its prefixes with frequency 0 where absent.
    ///
    /// As in jieba, a word added again replaces its frequency and tag, and `total` grows by `frequency`
    /// either way. An empty tag keeps the tag the word already had.
    public mutating func add(_ word: String, frequency: Int, tag: String) {
        let values = word.unicodeScalars.map(\.value)
        values.withUnsafeBufferPointer { add(scalars: $0, frequency: frequency, tag: tag) }
    }

    /// `add(_:frequency:tag:)` for a word given as scalar values, without making a `String`.
    package mutating func add(scalars word: UnsafeBufferPointer<UInt32>, frequency: Int, tag: String) {
        guard !word.isEmpty, word.count <= Int(UInt16.max) else { return }
        total += frequency
        var storedAt: Int?
        var hash = Self.emptyHash
        for length in 1...word.count {
            hash = Self.extend(hash, with: word[length - 1])
            let prefix = UnsafeBufferPointer(rebasing: word[0..<length])
            let isWord = length == word.count
            if let index = find(hash: hash, word: prefix) {
                if isWord {
                    if records[index].frequency == 0 && frequency > 0 { wordCount += 1 }
                    records[index].frequency = Int64(frequency)
                    if !tag.isEmpty { records[index].tag = tagIndex(tag) }
                }
                continue
            }
            // The first new prefix stores the whole word; every longer prefix points into it.
            let start: Int
            if let storedAt {
                start = storedAt
            } else {
                start = scalars.count
                scalars.append(contentsOf: word)
                storedAt = start
            }
            insert(hash: hash, start: start, length: length,
                   frequency: isWord ? frequency : 0, tag: isWord ? tagIndex(tag) : 0)
            if isWord && frequency > 0 { wordCount += 1 }
        }
    }

    private mutating func tagIndex(_ tag: String) -> UInt16 {
        if let index = tagIndexByName[tag] { return index }
        let index = UInt16(truncatingIfNeeded: tags.count)
        tags.append(tag)
        tagIndexByName[tag] = index
        return index
    }

    private mutating func insert(hash: UInt64, start: Int, length: Int, frequency: Int, tag: UInt16) {
        if (records.count + 1) * 2 > slots.count { grow() }
        records.append(Record(hash: hash, frequency: Int64(frequency), start: Int32(start), length: UInt16(length),
                              tag: tag))
        place(record: records.count - 1)
    }

    private mutating func place(record index: Int) {
        let hash = records[index].hash
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = (hash >> 32) << 32 | UInt64(index + 1)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for index in records.indices { place(record: index) }
    }
}
