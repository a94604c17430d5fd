import SteleText

/// One article read from a raw text, repaired and ready to be written as Markdown.
public struct ImportedArticle: Sendable, Equatable {
    public var title: String
    public var subtitle: String?
    /// The series banner (kicker) over the title.
    public var series: String?
    /// Reporters named in the byline; empty when it names only the agency.
    public var authors: [String]
    public var agency: String?
    /// Where the dateline was filed from.
    public var place: String?
    public var date: PageDate?
    /// The raw text's file name and the lines the article came from: `000_2fd502087726ba7a.txt:3-143`.
    public var source: String
    public var slug: String
    public var body: [BodyBlock]
    /// The first line of the article in its source file.
    public var line: Int
}
