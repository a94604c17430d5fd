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
    /// Every distinct word token (by bytes, as every table of words: see `TextKey`) and how often it
    /// occurs as a content word: 0 for one that is none (a stopword, a numeral). One table, not a set
    /// of words beside a table of content words: each token is hashed once.
    var counts: [TextKey: Int] = [:]
    /// The people, places and organisations the tokens name, with the evidence for each.
    var mentions: [EntityMention] = []

    /// An article without words.
    init() {}

    /// Counts the tokens of `blocks`, the article's paragraphs and headings, each cut on its own;
    /// `stopwords` are no content. `dictionary`, the one the tokens were cut with, tells the entity rules
    /// what the parts of a word are. The rules read each block alone: no name runs from one paragraph or
    /// heading into the next, and read as one list, a heading 沅澧 over a heading 大学 made 沅澧大学.
    public init(blocks: [[Token]], stopwords: WordSet, dictionary: WordDictionary? = nil) {
        var recognizer = EntityRecognizer(dictionary: dictionary)
        for tokens in blocks {
            for token in tokens where token.kind == .word || token.kind == .latin {
                wordTokens += 1
                let isContent = WordStatistics.isContentWord(token, stopwords: stopwords)
                if isContent { contentTokens += 1 }
                counts[TextKey(token.text), default: 0] += isContent ? 1 : 0
            }
            mentions += recognizer.mentions(in: tokens)
        }
    }

    /// The words of an article of one block.
    public init(tokens: [Token], stopwords: WordSet, dictionary: WordDictionary? = nil) {
        self.init(blocks: [tokens], stopwords: stopwords, dictionary: dictionary)
    }

    /// Adds the words of `other`, the blocks that follow these: names stay in the order of the text.
    mutating func add(_ other: ArticleWords) {
        wordTokens += other.wordTokens
        contentTokens += other.contentTokens
        counts.merge(other.counts, uniquingKeysWith: +)
        mentions += other.mentions
    }

    /// The content words and their occurrences.
    var contentCounts: [TextKey: Int] { counts.filter { $0.value > 0 } }
}
