/// A block of an imported article's body, as the Markdown writer prints it.
public enum BodyBlock: Sendable, Equatable {
    /// A section heading; `text` joins the lines of a two-line heading with a space.
    case heading(text: String, level: Int, line: Int)
    /// A paragraph; `bold` when the source set the whole paragraph in `**…**`.
    case paragraph(text: String, line: Int, bold: Bool)
    /// A photo caption that a page break left inside a paragraph.
    case caption(text: String, line: Int)
    /// Text set apart from the report's own: an editor's note (编者按), an epigraph and its source, an
    /// entry of a reference list. Written as a blockquote.
    case note(text: String, line: Int)

    public var text: String {
        switch self {
        case let .heading(text, _, _), let .paragraph(text, _, _), let .caption(text, _), let .note(text, _): text
        }
    }

    /// The source line the block starts on.
    public var line: Int {
        switch self {
        case let .heading(_, _, line), let .paragraph(_, line, _), let .caption(_, line), let .note(_, line): line
        }
    }
}
