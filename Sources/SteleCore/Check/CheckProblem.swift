/// One thing wrong with a built site, at a place the user can open: a content file and line for what
/// came from Markdown, `output/<path>:<line>` for what came from templates.
public struct CheckProblem: Sendable, Equatable, Comparable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// A link to a page or file the site does not have.
        case brokenLink = "broken-link"
        /// A link to `#id` on a page without that id.
        case brokenAnchor = "broken-anchor"
        /// An image, stylesheet, script or other file a page needs that the site does not have.
        case missingAsset = "missing-asset"
        /// A Markdown link to a `.md` file that does not exist or is not published.
        case missingContent = "missing-content"
        /// A link that leaves the site's base path (`/x/` on a site under `/docs/`).
        case outsideBasePath = "outside-base-path"
        case emptyTitle = "empty-title"
        case duplicateURL = "duplicate-url"
        /// The site did not build at all.
        case build
    }

    /// Relative to the site folder: `content/a.md`, `output/index.html`, `templates/x.mustache`.
    public var file: String
    public var line: Int?
    public var message: String
    public var kind: Kind

    public init(file: String, line: Int?, message: String, kind: Kind) {
        self.file = file
        self.line = line
        self.message = message
        self.kind = kind
    }

    /// `file:line: message`, the form editors and CI annotate.
    public var description: String {
        "\(SourceLocation(file: file, line: line)): \(message)"
    }

    public static func < (lhs: CheckProblem, rhs: CheckProblem) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.message) < (rhs.file, rhs.line ?? 0, rhs.message)
    }

    /// The problems of a build that failed, each at its own file and line.
    public static func problems(from error: BuildError) -> [CheckProblem] {
        error.problems.flatMap { problem -> [CheckProblem] in
            // Problems about several files are reported at each of them.
            let locations: [SourceLocation]
            let kind: Kind
            switch problem {
            case let .duplicateURL(url, files):
                return files.map { file in
                    let others = files.filter { $0 != file }.joined(separator: ", ")
                    return CheckProblem(file: file, line: nil,
                                        message: "this page and \(others) would all be written to \(url); "
                                            + "give each its own slug",
                                        kind: .duplicateURL)
                }
            case let .tagCollision(_, _, tagLines):
                (locations, kind) = (tagLines, .duplicateURL)
            default:
                (locations, kind) = (problem.location.map { [$0] } ?? [], .build)
            }
            let text = problem.description
            guard !locations.isEmpty else { return [CheckProblem(file: "", line: nil, message: text, kind: kind)] }
            let prefix = locations.map(\.description).joined(separator: ", ") + ": "
            let message = text.hasPrefix(prefix) ? String(text.dropFirst(prefix.count)) : text
            return locations.map { CheckProblem(file: $0.file, line: $0.line, message: message, kind: kind) }
        }
    }
}
