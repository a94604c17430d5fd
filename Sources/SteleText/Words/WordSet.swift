import SteleSupport

/// A set of words — stopwords, the cue words of the entity rules — asked about token by token. Its
/// words are `TextKey`s: asking a `Set<String>` hashes each Chinese token through the normalisation
/// tables, and a cold build asks some million times.
public struct WordSet: Sendable, Equatable, Sequence, ExpressibleByArrayLiteral {
    private let members: Set<TextKey>

    public init(_ words: some Sequence<String>) {
        members = Set(words.map { TextKey($0) })
    }

    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    public func contains(_ word: String) -> Bool {
        members.contains(TextKey(word))
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
