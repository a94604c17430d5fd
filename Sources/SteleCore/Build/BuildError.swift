/// Everything that stops a build. Each case says where, so the user can go and fix it.
public indirect enum BuildError: Error, Equatable, CustomStringConvertible {
    case content(ContentError)
    case template(TemplateError)
    case output(OutputError)
    /// Frontmatter `events` or `timeline_exclude` that cannot be used.
    case timeline(TimelineError)
    /// A slug that is empty, contains `/` or `..`, or would otherwise leave its folder.
    case unsafeSlug(SourceLocation, slug: String)
    /// Two pages that would be written to one URL.
    case duplicateURL(url: String, files: [String])
    /// Different tags whose slugs coincide, so they would share one tag page.
    case tagCollision(url: String, tags: [String], locations: [SourceLocation])
    /// Several independent problems, all reported at once.
    case multiple([BuildError])

    /// One error as is, several as `.multiple`.
    public init(_ errors: [BuildError]) {
        self = errors.count == 1 ? errors[0] : .multiple(errors)
    }

    /// The individual problems, flattened.
    public var problems: [BuildError] {
        if case let .multiple(errors) = self { return errors.flatMap(\.problems) }
        return [self]
    }

    /// Where the problem is: the first place, for errors about several files; nil for `.multiple`.
    public var location: SourceLocation? {
        switch self {
        case let .content(error): error.location
        case let .template(error): error.location
        case let .output(error): error.location
        case let .timeline(error): error.location
        case let .unsafeSlug(location, _): location
        case let .duplicateURL(_, files): files.first.map { SourceLocation(file: $0) }
        case let .tagCollision(_, _, locations): locations.first
        case .multiple: nil
        }
    }

    public var description: String {
        switch self {
        case let .content(error): error.description
        case let .template(error): error.description
        case let .output(error): error.description
        case let .timeline(error): error.description
        case let .unsafeSlug(location, slug):
            "\(location): slug '\(slug)' cannot be used: a slug is one URL segment, without '/', '\\\\' or '..'"
        case let .duplicateURL(url, files):
            "\(files.joined(separator: ", ")): these pages would all be written to \(url); give each its own slug"
        case let .tagCollision(url, tags, locations):
            "\(locations.map(\.description).joined(separator: ", ")): tags \(tags.map { "'\($0)'" }.joined(separator: " and ")) "
                + "would share the page \(url); rename one of them"
        case let .multiple(errors): errors.flatMap(\.problems).map(\.description).joined(separator: "\n")
        }
    }
}
