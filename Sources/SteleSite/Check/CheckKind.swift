import SteleSupport

/// What kind of problem `stele check` found: the `kind` of its diagnostics, as JSON names it.
public enum CheckKind: String, Sendable, CaseIterable {
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

extension Diagnostic {
    /// A problem `stele check` found in `file` (relative to the site folder: `content/a.md`,
    /// `output/index.html`) at `line`.
    init(_ kind: CheckKind, file: String, line: Int?, _ message: String) {
        self.init(.error, at: SourceLocation(file: file, line: line), message, kind: kind.rawValue)
    }
}

extension Diagnostic {
    /// What kind of check problem this is, when it is one.
    public var checkKind: CheckKind? { CheckKind(rawValue: kind) }
}
