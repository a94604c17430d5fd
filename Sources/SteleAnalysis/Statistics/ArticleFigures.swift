import SteleMarkdown

/// The figures of one article, with what identifies it on the page.
public struct ArticleFigures: Sendable, Equatable {
    public var title: String
    /// Site-relative path of the article (`articles/<slug>/`).
    public var path: String
    public var figures: TextFigures

    public init(title: String, path: String, figures: TextFigures) {
        self.title = title
        self.path = path
        self.figures = figures
    }

    /// The figures of a rendered page: its paragraphs and headings.
    public init(_ page: RenderedPage) {
        self.init(title: page.title, path: page.path,
                  figures: TextFigures(paragraphs: page.markdown.paragraphs.map(\.text),
                                       headings: page.markdown.headings.map(\.text)))
    }
}
