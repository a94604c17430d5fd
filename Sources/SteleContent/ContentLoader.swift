import Foundation
import SteleSupport

/// Finds and parses every `content/**/*.md` of a site.
public struct ContentLoader: Sendable {
    public var siteDirectory: URL

    public init(siteDirectory: URL) {
        self.siteDirectory = siteDirectory
    }

    public static let folderName = "content"

    /// The Markdown files under `content/`, as paths relative to the site folder, sorted so builds are reproducible.
    public func contentFiles() -> [String] {
        let root = siteDirectory.appendingPathComponent(Self.folderName)
        guard let enumerator = FileManager.default.enumerator(atPath: root.path) else { return [] }
        var files: [String] = []
        for case let path as String in enumerator where path.hasSuffix(".md") {
            let name = path.split(separator: "/").last ?? ""
            if name.hasPrefix(".") { continue }  // editor swap and backup files
            files.append("\(Self.folderName)/\(path)")
        }
        return files.sorted()
    }

    /// Loads every content file, each to its page or to what is wrong with it, so that a build reports
    /// the errors of all files, not just the first.
    /// With `memo`, a file unchanged since the last load is not read again (see `ContentMemo`).
    public func load(memo: ContentMemo? = nil) async -> [Result<Page, ContentError>] {
        let files = contentFiles()
        memo?.beginLoad()
        defer { memo?.keep(only: Set(files)) }
        let site = Self.resolvedPath(siteDirectory.path)
        // Parsing 10,000 frontmatters is a twentieth of a build: on all cores.
        return await files.concurrentMap { file in
            Result { () throws(ContentError) in
                guard let memo else { return try loadPage(file, site: site) }
                return try memo.page(of: file, at: siteDirectory.appendingPathComponent(file, isDirectory: false).path) {
                    () throws(ContentError) in try loadPage(file, site: site)
                }
            }
        }
    }

    /// The Markdown body of `page` read again from its file, for a build that let it go once rendered.
    /// The file must be as it was loaded (`page.fileDigest`): a page rendered from an article edited
    /// since would not match what the rest of the build found in it.
    public func body(of page: Page) throws(ContentError) -> String {
        let text = try TextFile.read(path: siteDirectory.appendingPathComponent(page.source, isDirectory: false).path, displayName: page.source)
        guard let loaded = page.fileDigest, Self.fileDigest(of: text) == loaded else {
            throw .changedDuringBuild(SourceLocation(file: page.source))
        }
        return ContentDocument.body(of: text, startingAtLine: page.bodyStartLine)
    }

    public func loadPage(_ file: String) throws(ContentError) -> Page {
        try loadPage(file, site: Self.resolvedPath(siteDirectory.path))
    }

    /// `loadPage(_:)` with the site folder's own path resolved once for all its files.
    private func loadPage(_ file: String, site: String) throws(ContentError) -> Page {
        // The file's path worked out once: `URL.path` is no simple getter.
        let path = siteDirectory.appendingPathComponent(file, isDirectory: false).path
        // A link that leads out of the site (content/passwd.md → /etc/passwd) would publish that file.
        let target = Self.resolvedPath(path)
        guard target.hasPrefix(site + "/") else {
            throw .outsideSite(SourceLocation(file: file), target: target)
        }
        let text = try TextFile.read(path: path, displayName: file)
        let document = try ContentDocument(parsing: text, file: file)
        var page = Page(source: file, frontmatter: document.frontmatter, body: document.body,
                        bodyStartLine: document.bodyStartLine)
        page.fileDigest = Self.fileDigest(of: text)
        return page
    }

    /// `path` with every symbolic link followed: by one call of `realpath(3)`, which
    /// Foundation's `resolvingSymlinksInPath` took a component at a time in a twentieth of loading a
    /// page. A path that cannot be resolved (a file gone) is only tidied, as Foundation leaves it.
    private static func resolvedPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else {
            return URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The `Page.fileDigest` that loading `file` would give, without parsing it; nil when it cannot be
    /// read as text (loading it would fail).
    public func fileDigest(of file: String) -> String? {
        let path = siteDirectory.appendingPathComponent(file, isDirectory: false).path
        return (try? TextFile.read(path: path, displayName: file)).map(Self.fileDigest(of:))
    }

    /// `Page.fileDigest` of a file's text.
    private static func fileDigest(of text: String) -> String {
        var digest = ContentDigest()
        digest.update(text)
        return digest.finalize()
    }
}
