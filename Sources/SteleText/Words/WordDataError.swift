import SteleSupport

/// Why a word dictionary, IDF table or user word list could not be used.
public enum WordDataError: DiagnosticError, Equatable {
    case unreadable(SourceLocation, reason: String)
    case invalidUTF8(SourceLocation)
    /// A user word entry that is not `word [frequency] [tag]`.
    case invalidEntry(SourceLocation, problem: String)

    public var diagnostics: [Diagnostic] {
        switch self {
        case let .unreadable(location, reason):
            [Diagnostic(.error, at: location, "cannot read file: \(reason)")]
        case let .invalidUTF8(location):
            [Diagnostic(.error, at: location, "file is not valid UTF-8")]
        case let .invalidEntry(location, problem):
            [Diagnostic(.error, at: location, problem)]
        }
    }
}
