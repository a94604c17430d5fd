/// A 64-bit fingerprint of a text's UTF-8 bytes, the same in every build of the same Stele.
///
/// For a table that only needs to know whether the texts of a corpus are the same, such as which
/// sentences more than one article contains: keeping every sentence as a `String` to compare them made
/// that table 2.7 million strings at 100,000 articles. Two different texts of a corpus share a
/// fingerprint with a probability of about n²/2⁶⁵ (one in five million for 2.7 million texts), and
/// then count as one.
public struct TextFingerprint: Hashable, Comparable, Sendable {
    public let value: UInt64

    public init(_ text: Substring) {
        var text = text
        value = text.withUTF8 { UInt64(bitPattern: Int64(ByteHash.hash(UnsafeRawBufferPointer($0), seed: Self.seed))) }
    }

    public init(_ text: String) {
        self.init(text[...])
    }

    public static func < (lhs: TextFingerprint, rhs: TextFingerprint) -> Bool { lhs.value < rhs.value }

    /// Fixed, so that a build's fingerprints, and whatever a collision decides, are the same every time.
    private static let seed = 0x5EED_F1_6E_12
}
