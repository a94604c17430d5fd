/// A word a site adds to the dictionary (`SITE/words.txt` or `words:` in stele.yml), as in a jieba user dictionary.
public struct UserWord: Sendable, Equatable {
    public var word: String
    /// nil: chosen so that the word wins over its parts.
    public var frequency: Int?
    /// Part-of-speech tag (`nr`, `ns`, `nt`, …), empty when not given.
    public var tag: String

    public init(word: String, frequency: Int? = nil, tag: String = "") {
        self.word = word
        self.frequency = frequency
        self.tag = tag
    }
}
