import Foundation
import SteleContent
import SteleSupport
import SteleText

/// A word and how often it occurs.
public struct WordCount: Sendable, Equatable {
    public var word: String
    public var count: Int

    public init(word: String, count: Int) {
        self.word = word
        self.count = count
    }
}

/// A word of one article with its TF-IDF weight.
public struct WeightedWord: Sendable, Equatable {
    public var word: String
    public var weight: Double
    /// Occurrences in the article.
    public var count: Int
}

/// What the words of a corpus say: the commonest, the size of the vocabulary, each article's
/// distinctive words, and the people, places and organisations named.
public struct WordStatistics: Sendable, Equatable {
    /// Tokens that are words (Chinese or Latin), not numbers, punctuation or spaces.
    public var wordTokens: Int
    /// Word tokens that are neither stopwords nor numerals.
    public var contentTokens: Int
    /// Distinct word tokens.
    public var vocabulary: Int
    /// The commonest content words (`CorpusWords.topWordCount` of them), most frequent first (ties in
    /// code-point order).
    public var topWords: [WordCount]
    /// For each article, in the order given, its most distinctive words by TF-IDF.
    public var distinctive: [[WeightedWord]]
    /// People named, by count: names (tagged by the dictionary or the HMM, or new words) that the
    /// context shows to be people somewhere in the corpus — a title before them, 说 or 表示 after them —
    /// or that the tags call people again and again (see `EntityTally`).
    public var people: [WordCount]
    /// Places named: names with an administrative suffix (省, 市, 县, 区, 镇, 乡, 村, 岛), or tagged as
    /// places and led by 在, 到, 来自… or listed with another place.
    public var places: [WordCount]
    /// Organisations named: a proper name followed by the words of a body (公司, 集团, 研究所, 大学, 委员会, 局…).
    public var organisations: [WordCount]
    /// Whether the IDF came from a background table (else from the corpus itself).
    public var backgroundIDF: Bool

    /// Share of word tokens that carry content (not stopwords or numerals).
    public var lexicalDensity: Double { wordTokens == 0 ? 0 : Double(contentTokens) / Double(wordTokens) }
    /// Distinct words per word token.
    public var typeTokenRatio: Double { wordTokens == 0 ? 0 : Double(vocabulary) / Double(wordTokens) }

    /// A word that says something: not punctuation or a number, not a stopword, not a numeral or measure word.
    static func isContentWord(_ token: Token, stopwords: WordSet) -> Bool {
        guard token.kind == .word || token.kind == .latin else { return false }
        if stopwords.contains(token.text) { return false }
        if token.tag == "m" || token.tag == "mq" || token.tag == "q" || token.tag == "x" { return false }
        return !token.text.unicodeScalars.allSatisfy { ChineseNumeral.isNumeralScalar($0) }
    }

    /// jieba's `extract_tags`: weight = (count / all counted words) × IDF, over words of two or more
    /// characters; a word counted 0 times (no content word) is none of them.
    static func tfidf(_ counts: [TextKey: Int], idf: (String) -> Double, count: Int) -> [WeightedWord] {
        let eligible = counts.filter { $0.value > 0 && $0.key.text.unicodeScalars.count >= 2 }
        let total = Double(eligible.values.reduce(0, +))
        guard total > 0 else { return [] }
        let weighted = eligible.map { (key: $0.key, weight: Double($0.value) / total * idf($0.key.text), count: $0.value) }
        // Ties in code-point order, which is the order of the words' UTF-8 bytes.
        return weighted.sorted { $0.weight != $1.weight ? $0.weight > $1.weight : $0.key < $1.key }.prefix(count)
            .map { WeightedWord(word: $0.key.text, weight: $0.weight, count: $0.count) }
    }

    /// IDF from the articles alone (log of articles over articles using the word), when no background table exists.
    package static func corpusIDF(_ perArticle: [[TextKey: Int]]) -> (String) -> Double {
        var documentFrequency: [TextKey: Int] = [:]
        for counts in perArticle { for word in counts.keys { documentFrequency[word, default: 0] += 1 } }
        let documents = Double(max(perArticle.count, 1))
        return { word in log(documents / Double(max(documentFrequency[TextKey(word)] ?? 1, 1))) + 1 }
    }

    /// Most frequent first; ties in code-point order, which is the order of the words' UTF-8 bytes.
    static func ranked(_ counts: [TextKey: Int]) -> [WordCount] {
        counts.sorted(by: isRanked).map { WordCount(word: $0.key.text, count: $0.value) }
    }

    /// The `first` words of `ranked(counts)`, found in one pass rather than by sorting every word
    /// (see `sortedPrefix`): the vocabulary is a hundred thousand words at 10,000 articles.
    static func ranked(_ counts: [TextKey: Int], first: Int) -> [WordCount] {
        counts.sortedPrefix(first, by: isRanked).map { WordCount(word: $0.key.text, count: $0.value) }
    }

    private static func isRanked(_ a: (key: TextKey, value: Int), before b: (key: TextKey, value: Int)) -> Bool {
        a.value != b.value ? a.value > b.value : a.key < b.key
    }
}

// In an extension, so that the memberwise initialiser stays (`CorpusWords.statistics()` uses it).
extension WordStatistics {
    /// Counts over `articles` (each a list of tokens); `idf` is the background table, nil to derive IDF
    /// from the articles themselves. `frontmatter`, when given, holds each article's frontmatter in the
    /// same order: its authors and place are people and places the article names.
    public init(articles: [[Token]], frontmatter: [Frontmatter] = [], stopwords: WordSet, idf: IDFTable?,
                dictionary: WordDictionary? = nil, distinctiveCount: Int = 10) {
        self.init(articles: articles.map { ArticleWords(tokens: $0, stopwords: stopwords, dictionary: dictionary) },
                  frontmatter: frontmatter,
                  idf: idf, distinctiveCount: distinctiveCount)
    }

    /// Merges the counts of each article (`ArticleWords`, made in the article's own pass), letting
    /// each go once merged (see `CorpusWords`, which a build fills as it analyses).
    public init(articles: consuming [ArticleWords], frontmatter: [Frontmatter] = [], idf: IDFTable?,
                distinctiveCount: Int = 10) {
        var corpus = CorpusWords(idf: idf, distinctiveCount: distinctiveCount)
        for index in articles.indices {
            corpus.add(articles[index], frontmatter: index < frontmatter.count ? frontmatter[index] : nil)
            articles[index] = ArticleWords()
        }
        self = corpus.statistics()
    }
}
