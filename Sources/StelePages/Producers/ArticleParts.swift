/// The parts of the articles' rendered Markdown a producer reads besides what every producer has (their
/// frontmatter, summaries, figures and analysis). A build that writes pages as they are made gives each
/// producer a context without the parts it does not read (`SiteContext.keeping(_:)`), and lets each part
/// go once every producer that reads it has made its pages: the HTML and the paragraphs' text were each
/// about a tenth of a 10,000-article build's peak memory.
public struct ArticleParts: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    /// `markdown.html`, the article's body as HTML.
    public static let html = ArticleParts(rawValue: 1 << 0)
    /// `markdown.paragraphs` and `markdown.listItems`, the plain text search finds articles by.
    public static let text = ArticleParts(rawValue: 1 << 1)
}
