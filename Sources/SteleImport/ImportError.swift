import SteleSupport

/// Why a raw text could not be imported. Every case names the file; nothing is written for that file.
public enum ImportError: DiagnosticError, Equatable {
    case unreadable(file: String, reason: String)
    case empty(file: String)
    /// A NUL or other control byte where text was expected.
    case binary(file: String, line: Int)
    /// Not valid UTF-8, not UTF-16 with a byte-order mark, and not GB18030 either.
    case undecodable(file: String, line: Int)
    /// The text does not start with a title line; it starts with `excerpt`.
    case noTitle(file: String, line: Int, excerpt: String)
    /// The article at `line` has a title but no body text.
    case noBody(file: String, line: Int, title: String)
    case writeFailed(file: String, reason: String)

    public var file: String {
        switch self {
        case let .unreadable(file, _), let .empty(file), let .binary(file, _), let .undecodable(file, _),
             let .noTitle(file, _, _), let .noBody(file, _, _), let .writeFailed(file, _):
            file
        }
    }

    public var diagnostics: [Diagnostic] {
        let (line, message): (Int?, String) = switch self {
        case let .unreadable(_, reason): (nil, "cannot read file: \(reason)")
        case .empty: (nil, "empty file: there is no text to import")
        case let .binary(_, line): (line, "binary data (a control byte such as NUL), not a text file")
        case let .undecodable(_, line):
            (line, "cannot decode: not UTF-8, not UTF-16 with a byte-order mark, and not GB18030")
        case let .noTitle(_, line, excerpt):
            (line, "no title: the text starts with \"\(excerpt)\", not with a title line; "
                + "put the article's title on a line of its own before the body")
        case let .noBody(_, line, title): (line, "article \"\(title)\" has a title but no body text")
        case let .writeFailed(_, reason): (nil, "cannot write: \(reason)")
        }
        return [Diagnostic(.error, at: SourceLocation(file: file, line: line), message)]
    }
}
