import SteleSupport

/// A set of words — stopwords, the cue words of the entity rules — asked about token by token. Its
/// words are `TextKey`s: asking a `Set<String>` hashes each Chinese token through the normalisation
/// tables, and a cold build asks some million times.
///
/// Most words asked about are in no set, and most sets are a few dozen words: a word whose length in
/// bytes or whose first scalar no member has is turned away before it is hashed (hashing the tokens
/// for the entity rules' cue words was a few per cent of a cold build).
public struct WordSet: Sendable, Equatable, Sequence, ExpressibleByArrayLiteral {
    private let members: Set<TextKey>
    /// Bit `n` set when a member is `n` UTF-8 bytes long; bit 63 for every length from 63 on.
    private let byteLengths: UInt64
    private let firstScalars: ScalarSet

    public init(_ words: some Sequence<String>) {
        members = Set(words.map { TextKey($0) })
        byteLengths = members.reduce(0) { $0 | 1 << UInt64(Swift.min($1.text.utf8.count, 63)) }
        firstScalars = ScalarSet(members.compactMap(\.text.unicodeScalars.first))
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    public func contains(_ word: String) -> Bool {
        guard byteLengths & 1 << UInt64(Swift.min(word.utf8.count, 63)) != 0 else { return false }
        if let first = word.unicodeScalars.first, !firstScalars.contains(first) { return false }
        return members.contains(TextKey(word))
    }

    public func union(_ words: some Sequence<String>) -> WordSet {
        WordSet(Array(self) + Array(words))
    }

    public var count: Int { members.count }
    public var isEmpty: Bool { members.isEmpty }

    public func makeIterator() -> some IteratorProtocol<String> {
        members.lazy.map(\.text).makeIterator()
    }
}
