import SteleContent
import SteleText

/// What the word statistics need of one article, counted from its tokens in the article's own pass:
/// the corpus merges these instead of holding every article's tokens at once (issue 13: the tokens of
/// 10,000 articles were most of a build's memory).
public struct ArticleWords: Sendable, Equatable {
    /// Tokens that are words (Chinese or Latin), not numbers, punctuation or spaces.
    var wordTokens = 0
    /// Word tokens that are neither stopwords nor numerals.
    var contentTokens = 0
    /// Every distinct word token, content or not.
    var vocabulary: Set<String> = []
    /// Content words and their occurrences.
    var contentCounts: [String: Int] = [:]
    /// The people, places and organisations the tokens name, with the evidence for each.
    var mentions: [EntityMention] = []

    /// Counts `tokens` (the article's paragraphs, then its headings); `stopwords` are no content.
    /// `dictionary`, the one the tokens were cut with, tells the entity rules what the parts of a word are.
    public init(tokens: [Token], stopwords: Set<String>, dictionary: WordDictionary? = nil) {
        for token in tokens where token.kind == .word || token.kind == .latin {
            wordTokens += 1
            vocabulary.insert(token.text)
            guard WordStatistics.isContentWord(token, stopwords: stopwords) else { continue }
            contentTokens += 1
            contentCounts[token.text, default: 0] += 1
        }
        mentions = EntityRecognizer(tokens: tokens, dictionary: dictionary).mentions()
    }
}

/// Stored in the build cache as a few long strings rather than hundreds of small JSON values:
/// Foundation's JSON coders spend their time per value, and an article has hundreds of words.
extension ArticleWords: Codable {
    private enum CodingKeys: String, CodingKey {
        case wordTokens, contentTokens, vocabulary, contentCounts, mentions
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        wordTokens = try container.decode(Int.self, forKey: .wordTokens)
        contentTokens = try container.decode(Int.self, forKey: .contentTokens)
        vocabulary = Set(try container.decode(String.self, forKey: .vocabulary).storedLines.map(String.init))
        for line in try container.decode(String.self, forKey: .contentCounts).storedLines {
            guard let space = line.utf8.lastIndex(of: UInt8(ascii: " ")), let count = Int(line[line.utf8.index(after: space)...]) else {
                throw DecodingError.dataCorruptedError(forKey: .contentCounts, in: container, debugDescription: "not `word count`")
            }
            contentCounts[String(line[..<space])] = count
        }
        mentions = try container.decode(String.self, forKey: .mentions).storedLines.map { line in
            guard let mention = EntityMention(storedLine: line) else {
                throw DecodingError.dataCorruptedError(forKey: .mentions, in: container, debugDescription: "not a mention")
            }
            return mention
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(wordTokens, forKey: .wordTokens)
        try container.encode(contentTokens, forKey: .contentTokens)
        // Words are tokens: they hold no line break.
        try container.encode(vocabulary.sorted().joined(separator: "\n"), forKey: .vocabulary)
        try container.encode(contentCounts.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: "\n"),
                             forKey: .contentCounts)
        try container.encode(mentions.map(\.storedLine).joined(separator: "\n"), forKey: .mentions)
    }
}

private extension String {
    /// The lines of a string the cache stored, cut on UTF-8 bytes: a line break is one byte, and cutting on
    /// `Character`s would first walk the text grapheme by grapheme, which was a third of decoding the words.
    var storedLines: [Substring] {
        utf8.split(separator: UInt8(ascii: "\n")).map { Substring($0) }
    }
}

extension EntityMention {
    /// The mention as one line of the build cache: its kind (p, l, o), whether the context backs it and
    /// whether the HMM found it (1 or 0 each), then the name, which is a word and holds no line break.
    var storedLine: String {
        let kind = switch kind { case .person: "p"; case .place: "l"; case .organisation: "o" }
        return kind + (hasEvidence ? "1" : "0") + (isNewWord ? "1" : "0") + name
    }

    init?(storedLine line: Substring) {
        let scalars = line.unicodeScalars
        guard scalars.count > 3, case let flags = Array(scalars.prefix(3)) else { return nil }
        switch flags[0] {
        case "p": kind = .person
        case "l": kind = .place
        case "o": kind = .organisation
        default: return nil
        }
        hasEvidence = flags[1] == "1"
        isNewWord = flags[2] == "1"
        name = String(String.UnicodeScalarView(scalars.dropFirst(3)))
    }
}
