import Foundation

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
    public func load() -> [Result<Page, ContentError>] {
        contentFiles().map { file in Result { () throws(ContentError) in try loadPage(file) } }
    }

    public func loadPage(_ file: String) throws(ContentError) -> Page {
        let text = try TextFile.read(siteDirectory.appendingPathComponent(file), displayName: file)
        let document = try ContentDocument(parsing: text, file: file)
        return Page(source: file, frontmatter: document.frontmatter, body: document.body,
                    bodyStartLine: document.bodyStartLine)
    }
}
