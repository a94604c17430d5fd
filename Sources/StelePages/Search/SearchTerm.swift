import SteleSupport

/// A term of the search index as the index is built: a Han character or pair of characters packed in
/// one integer, any other word by its bytes.
///
/// Nearly every term is a character or a pair (an article of 800 characters has some 1,600 of them),
/// and weighing a document adds each one to a table. Made into a `String` and hashed by its bytes, each
/// cost an allocation and a hash of its text; packed, a term is a number, and its text is made once per
/// distinct term when the index is written.
enum SearchTerm: Hashable, Sendable {
    /// `first` in the high 32 bits, `second` (0 for a lone character) in the low.
    case han(UInt64)
    case word(TextKey)

    static func han(_ first: Unicode.Scalar, _ second: Unicode.Scalar? = nil) -> SearchTerm {
        .han(UInt64(first.value) << 32 | UInt64(second?.value ?? 0))
    }

    /// The term as the index's files and static/search.js spell it.
    var text: String {
        switch self {
        case let .han(packed):
            var text = String.UnicodeScalarView()
            for value in [UInt32(truncatingIfNeeded: packed >> 32), UInt32(truncatingIfNeeded: packed)] where value != 0 {
                if let scalar = Unicode.Scalar(value) { text.append(scalar) }
            }
            return String(text)
        case let .word(word):
            return word.text
        }
    }
}
