import Foundation
import SteleSupport

/// Inverse document frequencies from a background corpus (jieba's `analyse/idf.txt`: `word idf` a line),
/// so that a word's weight in one article is judged against Chinese at large, not against the few
/// articles of one site.
public struct IDFTable: Sendable, Equatable {
    /// IDF of the words asked for that the table has, by their bytes (`TextKey`).
    public private(set) var values: [TextKey: Double]
    /// What a word missing from the table gets: the median IDF, as jieba does.
    public private(set) var median: Double

    public init(values: [TextKey: Double], median: Double) {
        self.values = values
        self.median = median
    }

    /// The IDF of `word`, the median when the table does not have it.
    public func idf(_ word: String) -> Double { values[TextKey(word)] ?? median }

    /// IDF tables read in this process, whole.
    private static let tables = LoadedFileCache<IDFTable>()

    /// Lets the tables `load(path:)` read go; the next call reads its file again.
    package static func forgetLoaded() { tables.removeAll() }

    /// The whole IDF table of the file at `path`, read once per process.
    public static func load(path: String) throws(WordDataError) -> IDFTable {
        try tables.value(readingFileAt: path) { data throws(WordDataError) in try load(data, file: path, words: nil) }
    }

    /// Reads the IDF of `words` (every word when nil) from `data` (an idf.txt), and the median of every line.
    ///
    /// Only the words asked for become `String`s: the file has 270,000 lines and a corpus a few thousand words.
    public static func load(_ data: Data, file: String, words: Set<String>?) throws(WordDataError) -> IDFTable {
        var wanted: [UInt64: [String]] = [:]
        for word in words ?? [] { wanted[hash(Array(word.utf8)[...]), default: []].append(word) }
        var values: [TextKey: Double] = [:]
        var all: [Double] = []
        var failure: WordDataError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            all.reserveCapacity(bytes.count / 20)
            // Sized once for a whole table: grown by doubling, its 270,000 words were hashed again at each step.
            if words == nil { values.reserveCapacity(bytes.count / 20) }
            ByteLines.forEach(in: bytes) { lineNumber, line in
                var space = line.upperBound - 1
                while space > line.lowerBound && bytes[space] != 0x20 { space -= 1 }
                guard space > line.lowerBound, let idf = parseNumber(bytes, from: space + 1, to: line.upperBound) else {
                    failure = .unreadable(SourceLocation(file: file, line: lineNumber), reason: "an IDF line is 'word number'")
                    return false
                }
                all.append(idf)
                let word = bytes[line.lowerBound..<space]
                if words == nil {
                    values[TextKey(String(decoding: UnsafeBufferPointer(rebasing: word), as: UTF8.self))] = idf
                } else if let candidates = wanted[hash(word)] {
                    let text = String(decoding: UnsafeBufferPointer(rebasing: word), as: UTF8.self)
                    if candidates.contains(text) { values[TextKey(text)] = idf }
                }
                return true
            }
        }
        if let failure { throw failure }
        all.sort()
        return IDFTable(values: values, median: all.isEmpty ? 0 : all[all.count / 2])
    }

    /// FNV-1a over bytes.
    private static func hash<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return hash
    }

    /// A plain decimal number (`13.900677652`); nil for anything else.
    private static func parseNumber(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Double? {
        var integer: Double = 0
        var fraction: Double = 0
        var scale: Double = 1
        var seenPoint = false
        var digits = 0
        for index in from..<to {
            let byte = bytes[index]
            if byte == 0x2E && !seenPoint {
                seenPoint = true
            } else if byte >= 0x30 && byte <= 0x39 {
                digits += 1
                if seenPoint {
                    scale /= 10
                    fraction += Double(byte - 0x30) * scale
                } else {
                    integer = integer * 10 + Double(byte - 0x30)
                }
            } else {
                return nil
            }
        }
        return digits > 0 ? integer + fraction : nil
    }
}
