import SteleContent
import SteleSupport
import SteleText

/// The corpus's words, gathered article by article as the articles are analysed: every article's
/// counts, vocabulary and names merged, and of each article only what its distinctive words need.
/// An article's own tables can be let go once it is added, so a build never holds every article's
/// (a hundred megabytes at 10,000 articles, ten times that at 100,000).
///
/// Every table counts, so that an edited article's words can be taken out and its new ones put in
/// (`replace`): what `stele serve` keeps of a build to show the statistics of an edit at once.
public struct CorpusWords: Sendable {
    private var wordTokens = 0
    private var contentTokens = 0
    /// Every distinct word token, with the number of articles that use it.
    private var vocabulary: [TextKey: Int] = [:]
    private var counts: [TextKey: Int] = [:]
    private var entities = EntityTally()
    private let idf: IDFTable?
    private let distinctiveCount: Int
    /// With a background IDF table, each article's distinctive words, weighed as it is added.
    private var distinctive: [[WeightedWord]] = []
    /// Without one, each article's counts: the IDF is the corpus's own, known once all are added.
    private var articleCounts: [[TextKey: Int]] = []

    /// How many of the commonest words the statistics keep, most frequent first: the page charts 20,
    /// stats.json lists 100.
    public static let topWordCount = 100

    /// `idf` weighs each article's distinctive words; nil weighs them against the corpus itself.
    public init(idf: IDFTable?, distinctiveCount: Int = 10) {
        self.idf = idf
        self.distinctiveCount = distinctiveCount
    }

    /// Whether distinctive words are weighed against a background table: each article's alone then,
    /// so that `replace` can weigh an edited article's without weighing the others again.
    public var weighsAgainstBackground: Bool { idf != nil }

    /// Adds the next article's words, and the names its frontmatter gives (`authors`, `people`, …).
    public mutating func add(_ article: ArticleWords, frontmatter: Frontmatter?) {
        tally(article, frontmatter: frontmatter, by: 1)
        if let idf {
            distinctive.append(WordStatistics.tfidf(article.counts, idf: idf.idf, count: distinctiveCount))
        } else {
            articleCounts.append(article.contentCounts)
        }
    }

    /// Puts `new` in place of `old`, the words of the `index`th article added, with the frontmatter
    /// each came with. Only with a background IDF table (`weighsAgainstBackground`): without, every
    /// article's distinctive words depend on every other's.
    public mutating func replace(_ old: ArticleWords, frontmatter oldFrontmatter: Frontmatter?,
                                 with new: ArticleWords, frontmatter: Frontmatter?, at index: Int) {
        guard let idf, distinctive.indices.contains(index) else {
            preconditionFailure("no article \(index) weighed against a background table to replace")
        }
        tally(old, frontmatter: oldFrontmatter, by: -1)
        tally(new, frontmatter: frontmatter, by: 1)
        distinctive[index] = WordStatistics.tfidf(new.counts, idf: idf.idf, count: distinctiveCount)
    }

    /// Counts `article` into the tables `times` times: once to add it, -1 to take it out.
    private mutating func tally(_ article: ArticleWords, frontmatter: Frontmatter?, by times: Int) {
        wordTokens += times * article.wordTokens
        contentTokens += times * article.contentTokens
        for (word, count) in article.counts {
            Self.count(word, by: times, in: &vocabulary)
            if count > 0 { Self.count(word, by: times * count, in: &counts) }
        }
        let named = frontmatter.map { FrontmatterNames($0).mentions } ?? []
        entities.count(article: named + article.mentions, by: times)
    }

    /// Adds `amount` to `key`'s count, dropping a key whose count falls to nothing. Adding (every
    /// article of a build) looks the key up once.
    private static func count(_ key: TextKey, by amount: Int, in table: inout [TextKey: Int]) {
        guard amount < 0 else {
            table[key, default: 0] += amount
            return
        }
        let total = table[key, default: 0] + amount
        table[key] = total == 0 ? nil : total
    }

    /// The statistics of the articles added, in the order they were added.
    public consuming func statistics() -> WordStatistics {
        if idf == nil {
            let idf = WordStatistics.corpusIDF(articleCounts)
            for index in articleCounts.indices {
                distinctive.append(WordStatistics.tfidf(articleCounts[index], idf: idf, count: distinctiveCount))
                articleCounts[index] = [:]
            }
        }
        return WordStatistics(
            wordTokens: wordTokens, contentTokens: contentTokens, vocabulary: vocabulary.count,
            topWords: WordStatistics.ranked(counts, first: Self.topWordCount), distinctive: distinctive,
            people: WordStatistics.ranked(entities.listed(.person)),
            places: WordStatistics.ranked(entities.listed(.place)),
            organisations: WordStatistics.ranked(entities.listed(.organisation)),
            backgroundIDF: idf != nil)
    }
}
