import SteleSupport

/// A content file as loaded: where it came from, its frontmatter and its Markdown body.
public struct Page: Sendable, Equatable {
    /// Path relative to the site folder (`content/foo.md`), as errors print it.
    public var source: String
    public var frontmatter: Frontmatter
    public var body: String
    /// The line of the file on which the body starts, so body positions map to file lines.
    public var bodyStartLine: Int
    /// A digest of the file's text as read (`ContentDigest`); nil for a page made in memory. What tells
    /// a build that the file has not changed since the last one, without keeping its text.
    public var fileDigest: String?

    public init(source: String, frontmatter: Frontmatter, body: String, bodyStartLine: Int) {
        self.source = source
        self.frontmatter = frontmatter
        self.body = body
        self.bodyStartLine = bodyStartLine
    }

    /// The file name without folder and `.md`.
    public var fileStem: String {
        let name = source.split(separator: "/").last.map(String.init) ?? source
        return name.hasSuffix(".md") ? String(name.dropLast(3)) : name
    }

    /// The URL segment: the frontmatter's `slug`, else the file name.
    public var slug: String { frontmatter.slug ?? fileStem }

    /// The place of a frontmatter key (`slug:`, `tags:`), for errors about its value; the file alone when
    /// the key is not there.
    public func location(ofKey key: String) -> SourceLocation {
        SourceLocation(file: source, line: frontmatter.keyLines[key])
    }
}
