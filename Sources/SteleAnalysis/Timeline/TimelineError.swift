import SteleSupport

/// Why the timeline of an article could not be made: its frontmatter `events` or `timeline_exclude` are wrong.
public enum TimelineError: DiagnosticError, Equatable {
    /// An `events` entry that is not a mapping with a date and a text; `item` counts from 1.
    case invalidEvent(SourceLocation, item: Int, problem: String)
    /// An `events` date that is neither an ISO date prefix nor a Chinese date expression.
    case invalidEventDate(SourceLocation, item: Int, value: String)
    /// `events` or `timeline_exclude` of the wrong kind.
    case wrongType(SourceLocation, key: String, expected: String)
    /// A `timeline_exclude` entry that drops nothing: a typo, or the event is gone.
    case unmatchedExclude(SourceLocation, value: String)

    public var location: SourceLocation {
        switch self {
        case let .invalidEvent(location, _, _), let .invalidEventDate(location, _, _), let .wrongType(location, _, _),
             let .unmatchedExclude(location, _):
            location
        }
    }

    public var diagnostics: [Diagnostic] {
        let message = switch self {
        case let .invalidEvent(_, item, problem):
            "frontmatter 'events' item \(item): \(problem)"
        case let .invalidEventDate(_, item, value):
            "frontmatter 'events' item \(item): '\(value)' is not a date "
                + "(write 2016, 2016-10 or 2016-10-10, or as the text does: 1943年春, 2016年10月10日至11日)"
        case let .wrongType(_, key, expected):
            "frontmatter '\(key)' must be \(expected)"
        case let .unmatchedExclude(_, value):
            "frontmatter 'timeline_exclude' entry '\(value)' matches no event of this article "
                + "(give a date as the timeline shows it, e.g. 2019-07, the date as written, or words of the headline)"
        }
        return [Diagnostic(.error, at: location, message)]
    }
}
