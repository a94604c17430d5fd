import SteleContent
import SteleSupport

/// Why the theme could not be loaded or a page could not be rendered with it.
public enum TemplateError: DiagnosticError, Equatable {
    /// A template that does not parse; `template` is its path relative to the site folder.
    case syntax(SourceLocation, problem: String)
    /// A page kind whose template is in neither the site's templates/ nor the default theme.
    case missing(name: String)
    case unreadable(SourceLocation, reason: String)
    /// `{{> name}}` for a partial that is in neither the site's templates/ nor the default theme.
    case missingPartial(SourceLocation, name: String)
    /// Partials that include each other in a circle, which would render without end (or as nothing).
    case partialCycle(SourceLocation, cycle: [String])
    /// An article whose file could not be read again to render its page (see `SiteContext.articleHTML`).
    case content(ContentError)

    /// The template the problem is in.
    public var location: SourceLocation {
        switch self {
        case let .syntax(location, _), let .unreadable(location, _), let .missingPartial(location, _),
             let .partialCycle(location, _): location
        case let .missing(name): SourceLocation(file: "\(Theme.folderName)/\(name).mustache")
        case let .content(error): error.location
        }
    }

    public var diagnostics: [Diagnostic] {
        if case let .content(error) = self { return error.diagnostics }
        let message = switch self {
        case let .syntax(_, problem): "template error: \(problem)"
        case let .missing(name): "no template '\(name).mustache' in templates/ or the default theme"
        case let .unreadable(_, reason): "cannot read template: \(reason)"
        case let .missingPartial(_, name): "no partial '\(name).mustache' in templates/ or the default theme"
        case let .partialCycle(_, cycle): "partials include each other in a circle: \(cycle.joined(separator: " → "))"
        case .content: ""
        }
        return [Diagnostic(.error, at: location, message)]
    }
}
