import SteleSupport

/// Why the theme could not be loaded or a page could not be rendered with it.
public enum TemplateError: DiagnosticError, Equatable {
    /// A template that does not parse; `template` is its path relative to the site folder.
    case syntax(SourceLocation, problem: String)
    /// A page kind whose template is in neither the site's templates/ nor the default theme.
    case missing(name: String)
    case unreadable(SourceLocation, reason: String)

    /// The template the problem is in.
    public var location: SourceLocation {
        switch self {
        case let .syntax(location, _), let .unreadable(location, _): location
        case let .missing(name): SourceLocation(file: "\(Theme.folderName)/\(name).mustache")
        }
    }

    public var diagnostics: [Diagnostic] {
        let message = switch self {
        case let .syntax(_, problem): "template error: \(problem)"
        case let .missing(name): "no template '\(name).mustache' in templates/ or the default theme"
        case let .unreadable(_, reason): "cannot read template: \(reason)"
        }
        return [Diagnostic(.error, at: location, message)]
    }
}
