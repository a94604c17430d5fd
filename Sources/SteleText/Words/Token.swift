/// A piece of text as a segmenter cut it: a word, a number, a Latin run, a punctuation mark or a space.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// Chinese (or other ideographic) text: a dictionary word or a single character.
        case word
        /// Digits, with a decimal point between them (`51.8`).
        case number
        /// Latin letters, possibly mixed with digits (`COVID`, `5G`).
        case latin
        case punctuation
        case space
    }

    public var text: String
    public var kind: Kind
    /// The part-of-speech tag the dictionary (or, for a new word, the tagging model) gives (`n`, `nr`, `ns`, `nt`, `v`, `m`, …); empty when unknown.
    public var tag: String
    /// Offset of the token's first Unicode scalar in the segmented text.
    public var start: Int
    /// Length in Unicode scalars.
    public var length: Int
    /// A word the dictionary lacks, found by the unknown-word model (its tag is the model's guess).
    public var isNewWord: Bool

    public init(text: String, kind: Kind, tag: String = "", start: Int, length: Int, isNewWord: Bool = false) {
        self.text = text
        self.kind = kind
        self.tag = tag
        self.start = start
        self.length = length
        self.isNewWord = isNewWord
    }

    /// Offset just past the token's last scalar.
    public var end: Int { start + length }
}
