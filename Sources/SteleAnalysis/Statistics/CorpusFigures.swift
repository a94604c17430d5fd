import SteleSupport

/// The figures of the whole corpus: totals, each article, and the longest and shortest.
public struct CorpusFigures: Sendable, Equatable {
    public var articles: [ArticleFigures]
    public var total: TextFigures

    public init(articles: [ArticleFigures]) {
        self.articles = articles
        self.total = Self.total(of: articles)
    }

    /// Puts `article` in place of the `index`th article's figures.
    mutating func replace(at index: Int, with article: ArticleFigures) {
        articles[index] = article
        total = Self.total(of: articles)
    }

    private static func total(of articles: [ArticleFigures]) -> TextFigures {
        articles.reduce(TextFigures()) { $0 + $1.figures }
    }

    /// The `count` longest articles by Chinese characters, longest first; equal lengths in title order,
    /// so the order is stable. Found in one pass rather than by sorting every article (see `sortedPrefix`),
    /// over their places, so that no article's figures are copied to be compared.
    public func longest(_ count: Int) -> [ArticleFigures] {
        articles.indices.sortedPrefix(count) { Self.isLonger(articles[$0], articles[$1]) }.map { articles[$0] }
    }

    /// The article with the most Chinese characters: the first in the order of `longest(_:)`.
    public var longest: ArticleFigures? { articles.min(by: Self.isLonger) }
    /// The article with the fewest Chinese characters: the last in the order of `longest(_:)`.
    public var shortest: ArticleFigures? { articles.max(by: Self.isLonger) }

    private static func isLonger(_ a: ArticleFigures, _ b: ArticleFigures) -> Bool {
        a.figures.chineseCharacters != b.figures.chineseCharacters
            ? a.figures.chineseCharacters > b.figures.chineseCharacters
            : (a.title, a.path) < (b.title, b.path)
    }
}
