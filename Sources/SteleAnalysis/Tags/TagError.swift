import SteleSupport

/// Tags that cannot each have a page of their own.
public enum TagError: DiagnosticError, Equatable {
    /// Different tags whose slugs coincide (`党建` and `Dang Jian`), so they would share one tag page;
    /// `locations` are the `tags:` lines of a page with each.
    case collision(slug: String, tags: [String], locations: [SourceLocation])
    /// Several collisions, all reported at once.
    case multiple([TagError])

    /// One error as is, several as `.multiple`.
    init(_ errors: [TagError]) {
        self = errors.count == 1 ? errors[0] : .multiple(errors)
    }

    public var diagnostics: [Diagnostic] {
        switch self {
        case let .multiple(errors):
            return errors.flatMap(\.diagnostics)
        case let .collision(slug, tags, locations):
            let message = "tags \(tags.map { "'\($0)'" }.joined(separator: " and ")) would share the slug '\(slug)' "
                + "and so one tag page; rename one of them"
            return locations.map { Diagnostic(.error, at: $0, message, kind: "duplicate-url") }
        }
    }
}
