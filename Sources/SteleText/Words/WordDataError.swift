import SteleSupport

/// Why a word dictionary, HMM table, IDF table or user word list could not be used.
public enum WordDataError: DiagnosticError, Equatable {
    case unreadable(SourceLocation, reason: String)
    case invalidUTF8(SourceLocation)
    /// A user word entry that is not `word [frequency] [tag]`.
    case invalidEntry(SourceLocation, problem: String)
    /// An HMM table (jieba's `prob_*.py`, `char_state_tab.py`) that is not the Python literal of the shape expected.
    case malformedTable(SourceLocation, problem: String)

    public var diagnostics: [Diagnostic] {
        switch self {
        case let .unreadable(location, reason):
            [Diagnostic(.error, at: location, "cannot read file: \(reason)")]
        case let .invalidUTF8(location):
            [Diagnostic(.error, at: location, "file is not valid UTF-8")]
        case let .invalidEntry(location, problem):
            [Diagnostic(.error, at: location, problem)]
        case let .malformedTable(location, problem):
            [Diagnostic(.error, at: location, "malformed HMM table: \(problem)")]
        }
    }
}
