import SteleContent
import SteleSupport
import SteleText

/// The corpus's words, gathered article by article as the articles are analysed: every article's
/// counts, vocabulary and names merged, and of each article only what its distinctive words need.
/// An article's own tables can be let go once it is added, so a build never holds every article's
/// (a hundred megabytes at 10,000 articles, ten times that at 100,000).
public struct CorpusWords: Sendable {
    private var wordTokens = 0
    private var contentTokens = 0
    private var vocabulary = Set<TextKey>()
    private var counts: [TextKey: Int] = [:]
    private var entities = EntityTally()
    private let idf: IDFTable?
    private let distinctiveCount: Int
    /// With a background IDF table, each article's distinctive words, weighed as it is added.
    private var distinctive: [[WeightedWord]] = []
    /// Without one, each article's counts: the IDF is the corpus's own, known once all are added.
    private var articleCounts: [[TextKey: Int]] = []

    /// `idf` weighs each article's distinctive words; nil weighs them against the corpus itself.
    public init(idf: IDFTable?, distinctiveCount: Int = 10) {
        self.idf = idf
        self.distinctiveCount = distinctiveCount
    }

    /// Adds the next article's words, and the names its frontmatter gives (`authors`, `people`, …).
    public mutating func add(_ article: ArticleWords, frontmatter: Frontmatter?) {
        wordTokens += article.wordTokens
        contentTokens += article.contentTokens
        vocabulary.formUnion(article.vocabulary)
        counts.merge(article.contentCounts, uniquingKeysWith: +)
        let named = frontmatter.map { FrontmatterNames($0).mentions } ?? []
        entities.add(article: named + article.mentions)
        if let idf {
            distinctive.append(WordStatistics.tfidf(article.contentCounts, idf: idf.idf, count: distinctiveCount))
        } else {
            articleCounts.append(article.contentCounts)
        }
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
            topWords: WordStatistics.ranked(counts), distinctive: distinctive,
            people: WordStatistics.ranked(entities.listed(.person)),
            places: WordStatistics.ranked(entities.listed(.place)),
            organisations: WordStatistics.ranked(entities.listed(.organisation)),
            backgroundIDF: idf != nil)
    }
}
