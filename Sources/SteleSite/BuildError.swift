import SteleAnalysis
import SteleContent
import StelePages
import SteleSupport

/// Everything that stops a build. Each case says where, so the user can go and fix it.
public indirect enum BuildError: DiagnosticError, Equatable {
    case content(ContentError)
    case template(TemplateError)
    case output(OutputError)
    /// Frontmatter the timeline cannot use, tags that collide, word data that cannot be read.
    case analysis(AnalysisError)
    /// A slug that is empty, contains `/` or `..`, or would otherwise leave its folder.
    case unsafeSlug(SourceLocation, slug: String)
    /// Two pages that would be written to one URL.
    case duplicateURL(url: String, files: [String])
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

    /// Every problem at its own place; one about several files is reported at each of them.
    public var diagnostics: [Diagnostic] {
        switch self {
        case let .content(error): error.diagnostics
        case let .template(error): error.diagnostics
        case let .output(error): error.diagnostics
        case let .analysis(error): error.diagnostics
        case let .unsafeSlug(location, slug):
            [Diagnostic(.error, at: location,
                        "slug '\(slug)' cannot be used: a slug is one URL segment, without '/', '\\\\' or '..'")]
        case let .duplicateURL(url, files):
            files.map { file in
                let others = files.filter { $0 != file }.joined(separator: ", ")
                return Diagnostic(.error, at: SourceLocation(file: file),
                                  "this page and \(others) would all be written to \(url); give each its own slug",
                                  kind: "duplicate-url")
            }
        case let .multiple(errors): errors.flatMap(\.diagnostics)
        }
    }
}
