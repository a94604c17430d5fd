import SteleContent
import SteleSupport
import SteleText

/// What the word statistics need of one article, counted from its tokens in the article's own pass:
/// the corpus merges these instead of holding every article's tokens at once (issue 13: the tokens of
/// 10,000 articles were most of a build's memory).
public struct ArticleWords: Sendable, Equatable {
    /// Tokens that are words (Chinese or Latin), not numbers, punctuation or spaces.
    var wordTokens = 0
    /// Word tokens that are neither stopwords nor numerals.
    var contentTokens = 0
    /// Every distinct word token, content or not (by bytes, as every table of words: see `TextKey`).
    var vocabulary: Set<TextKey> = []
    /// Content words and their occurrences: each is in `vocabulary` too.
    var contentCounts: [TextKey: Int] = [:]
    /// The people, places and organisations the tokens name, with the evidence for each.
    var mentions: [EntityMention] = []

    /// An article without words.
    init() {}

    /// Counts `tokens` (the article's paragraphs, then its headings); `stopwords` are no content.
    /// `dictionary`, the one the tokens were cut with, tells the entity rules what the parts of a word are.
    public init(tokens: [Token], stopwords: WordSet, dictionary: WordDictionary? = nil) {
        for token in tokens where token.kind == .word || token.kind == .latin {
            wordTokens += 1
            let word = TextKey(token.text)
            vocabulary.insert(word)
            guard WordStatistics.isContentWord(token, stopwords: stopwords) else { continue }
            contentTokens += 1
            contentCounts[word, default: 0] += 1
        }
        mentions = EntityRecognizer(tokens: tokens, dictionary: dictionary).mentions()
    }
}
