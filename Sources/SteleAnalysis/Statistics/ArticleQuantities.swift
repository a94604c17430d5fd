import SteleMarkdown

/// The figures one article cites, in paragraph order: what its analysis keeps, and what the corpus takes
/// over whole as one run of `CitedQuantities`. The article is named once for all its figures, not in
/// each (two strings, 32 bytes, on each of 270,000 figures at 10,000 articles).
public struct ArticleQuantities: Sendable, Equatable {
    public var articleTitle: String
    public var articlePath: String
    public var list: [ParagraphQuantity]

    public init(articleTitle: String, articlePath: String, list: [ParagraphQuantity] = []) {
        self.articleTitle = articleTitle
        self.articlePath = articlePath
        self.list = list
    }

    /// The figure at `offset`, with its article and paragraph.
    subscript(offset: Int) -> StatisticsReport.CitedQuantity {
        let found = list[offset]
        return StatisticsReport.CitedQuantity(quantity: found.quantity, articleTitle: articleTitle,
                                              articlePath: articlePath, paragraphID: found.paragraphID)
    }
}

/// A figure with the paragraph of its article it is cited in.
public struct ParagraphQuantity: Sendable, Equatable {
    public var quantity: Quantity
    /// The paragraph's number in its article, from 1 (`p-1`): four bytes where its `id` took sixteen.
    public var paragraph: Int32

    public init(quantity: Quantity, paragraph: Int) {
        self.quantity = quantity
        self.paragraph = Int32(clamping: paragraph)
    }

    /// The paragraph's `id`, the link target: `p-7`.
    public var paragraphID: String { Paragraph.id(number: Int(paragraph)) }
}
