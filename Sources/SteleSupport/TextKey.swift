#if canImport(Glibc)
import Glibc
#endif

/// A string hashed, compared and ordered by its UTF-8 bytes: the key of the tables a build fills with
/// Chinese words, names, sentences and search terms.
///
/// `String` hashes and compares by Unicode canonical equivalence. For text beyond ASCII each hash first
/// walks the string through the standard library's normalisation tables, and each comparison of two
/// strings stored apart does the same, equal or not; in a cold build's profile that was 12% of the CPU
/// time (docs/performance.md). The words and terms of one build come from the same rendered text, so
/// their bytes identify them: two spellings of a text that differ only in normalisation form (an é
/// composed, then decomposed) are two keys here, as they are two different strings of bytes on the page.
/// Ordered by bytes, NFC text sorts as `String` sorts it: UTF-8 keeps the order of the scalars.
public struct TextKey: Hashable, Comparable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public let text: String

    public init(_ text: String) {
        self.text = text
    }

    public init(stringLiteral text: String) {
        self.init(text)
    }

    public var description: String { text }

    public static func == (lhs: TextKey, rhs: TextKey) -> Bool {
        lhs.text.hasSameBytes(as: rhs.text)
    }

    public static func < (lhs: TextKey, rhs: TextKey) -> Bool {
        lhs.text.withBytes { left in
            rhs.text.withBytes { right in
                let shorter = min(left.count, right.count)
                let order = shorter == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, shorter)
                return order < 0 || (order == 0 && left.count < right.count)
            }
        }
    }

    public func hash(into hasher: inout Hasher) {
        text.withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }

    /// What `Set` and `Dictionary` hash a key with: `ByteHash`, not `Hasher` (see there why). Equal keys
    /// are equal bytes, so they hash alike here as they do in `hash(into:)`.
    public func _rawHashValue(seed: Int) -> Int {
        text.withBytes { ByteHash.hash(UnsafeRawBufferPointer($0), seed: seed) }
    }
}

extension String {
    /// Whether the two strings are the same bytes: `==` without the canonical equivalence that makes
    /// it slow for two different strings beyond ASCII (see `TextKey`).
    public func hasSameBytes(as other: String) -> Bool {
        utf8.count == other.utf8.count && withBytes { mine in
            other.withBytes { theirs in mine.isEmpty || memcmp(mine.baseAddress!, theirs.baseAddress!, mine.count) == 0 }
        }
    }

    /// The string's UTF-8 bytes in place; a string stored otherwise (bridged, or a substring) is copied first.
    fileprivate func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = self
        return text.withUTF8(body)
    }
}
