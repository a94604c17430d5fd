/// What rendering one Markdown body yields: the HTML and the structure other stages need.
public struct RenderedMarkdown: Sendable, Equatable {
    /// HTML of the body, with ids on headings and paragraphs.
    public var html: String
    /// Headings in document order, for the table of contents.
    public var headings: [Heading]
    /// Paragraphs in document order, with their ids and plain text, for analysis and deep links.
    public var paragraphs: [Paragraph]
    /// Every link and image destination as written, with its line in the source file.
    public var links: [Link]
    /// The plain text of the items of tight lists, which are not in `paragraphs` (cmark prints them
    /// without `<p>`, so they have no id): for search, which finds a page by all its text.
    public var listItems: [String] = []
}

/// A heading of a rendered page.
public struct Heading: Sendable, Equatable {
    public var level: Int
    public var text: String
    /// The `id` attribute: stable across builds, readable in Chinese.
    public var id: String
}

/// A paragraph of a rendered page.
public struct Paragraph: Sendable, Equatable {
    /// The `id` attribute (`p-1`, `p-2`, …), a link target for the timeline and statistics.
    public var id: String
    /// The text a reader sees, without markup.
    public var text: String
    /// The line of the source file the paragraph starts on.
    public var line: Int

    /// The `id` of the `number`th paragraph of a page, from 1: `paragraphs[i]` has `id(number: i + 1)`.
    public static func id(number: Int) -> String { "p-\(number)" }
}

/// A link destination as the Markdown wrote it.
public struct Link: Sendable, Equatable {
    public var destination: String
    public var line: Int
    /// An image (`![alt](src)`) rather than a link: what it names must exist for the page to show it.
    public var isImage = false
}
