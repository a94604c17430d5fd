/// The figures of the whole corpus: totals, each article, and the longest and shortest.
public struct CorpusFigures: Sendable, Equatable {
    public var articles: [ArticleFigures]
    public var total: TextFigures

    public init(articles: [ArticleFigures]) {
        self.articles = articles
        self.total = articles.reduce(TextFigures()) { $0 + $1.figures }
    }

    /// The articles by Chinese characters, longest first; equal lengths in title order, so the order is stable.
    public var byLength: [ArticleFigures] {
        articles.sorted {
            $0.figures.chineseCharacters != $1.figures.chineseCharacters
                ? $0.figures.chineseCharacters > $1.figures.chineseCharacters
                : ($0.title, $0.path) < ($1.title, $1.path)
        }
    }

    /// The article with the most Chinese characters.
    public var longest: ArticleFigures? { byLength.first }
    /// The article with the fewest Chinese characters.
    public var shortest: ArticleFigures? { byLength.last }
}
