/// An article as found in a raw text, before its body is repaired: header, the body up to its
/// dateline, the dateline, and any body text that extraction left after the dateline.
struct RawArticle: Sendable, Equatable {
    /// Where the dateline stood and whether it had the line to itself.
    struct PlacedDateline: Sendable, Equatable {
        package var dateline: Dateline
        package var line: Int
        /// False when it ends the last paragraph (`…胜利召开。（新华社北京10月9日电）`).
        var standalone: Bool
    }

    var header: ArticleHeader
    /// Body blocks up to the dateline; a dateline that ends a paragraph stays inside that paragraph.
    package var main: [SourceBlock]
    package var dateline: PlacedDateline?
    /// Blocks after the dateline that are not a new article: the first half of a swapped article.
    var tail: [SourceBlock] = []

    package var firstLine: Int { header.firstLine }
    var lastLine: Int {
        max(tail.last?.line ?? 0, dateline?.line ?? 0, main.last?.line ?? 0, header.bylineLine ?? 0,
            header.subtitle.last?.line ?? 0, header.title.line)
    }
}
