import Foundation
import SteleSupport
import Yams

/// `stele.yml`: settings for the whole site. Every key is optional.
public struct SiteConfig: Sendable, Equatable {
    public var title = "Untitled site"
    public var description = ""
    /// Where the site is published, e.g. `https://example.org/docs/`; its path prefixes every URL.
    public var baseURL = "/"
    /// The `lang` of every page (BCP 47, e.g. `zh-CN`).
    public var language = "en"
    /// Pass raw HTML in Markdown through. Off by default: content can then not inject scripts.
    public var unsafe = false
    /// Articles per page of the front page and of each tag; 0 puts them all on one page. 20 by
    /// default, so that a list stays light however many articles the site holds.
    public var paginate = 20
    /// Other keys, for templates as `site.params`.
    public var params: [(key: String, value: FrontmatterValue)] = []
    /// Keys that look like typos of keys Stele reads (`baseUrl`).
    public var warnings: [Diagnostic] = []

    /// Every key Stele itself reads from stele.yml, here and in later stages (the word settings, the
    /// feed's author): what a typo is measured against.
    public static let knownKeys = [
        "title", "description", "baseURL", "language", "unsafe", "paginate", "author",
        "dictionary", "idf", "stopwords", "words",
    ]

    public init() {}

    public static let fileName = "stele.yml"

    /// Reads `SITE/stele.yml`, or returns the defaults when the file does not exist.
    public static func load(siteDirectory: URL) throws(ContentError) -> SiteConfig {
        let url = siteDirectory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return SiteConfig() }
        let text = try TextFile.read(url, displayName: fileName)
        return try parse(text, file: fileName)
    }

    public static func parse(_ yaml: String, file: String) throws(ContentError) -> SiteConfig {
        var config = SiteConfig()
        let suggestions = KeySuggestion(known: knownKeys)
        for entry in try YAMLMapping(yaml: yaml, file: file, lineOffset: 0).entries {
            if let warning = suggestions.warning(for: entry.key, at: entry.keyLocation) {
                config.warnings.append(warning)
            }
            switch entry.key {
            case "title": config.title = try entry.string()
            case "description": config.description = try entry.string()
            case "baseURL":
                config.baseURL = try entry.string()
                guard Self.isBaseURL(config.baseURL) else {
                    throw .wrongType(entry.location, key: entry.key,
                                     expected: "an absolute URL (https://example.org/docs/) or a path (/docs/), without spaces")
                }
            case "language": config.language = try entry.string()
            case "unsafe": config.unsafe = try entry.bool()
            case "paginate":
                guard let count = entry.node.int, count >= 0 else {
                    throw .wrongType(entry.location, key: entry.key,
                                     expected: "a whole number of articles per page (0: no pages)")
                }
                config.paginate = count
            default: config.params.append((key: entry.key, value: FrontmatterValue(entry.node)))
            }
        }
        return config
    }

    /// `https://host/…` or `http://host/…`, or a path from the root (`/`, `/docs/`); no spaces.
    public static func isBaseURL(_ text: String) -> Bool {
        guard !text.contains(where: \.isWhitespace) else { return false }
        if text.hasPrefix("/") { return !text.hasPrefix("//") }
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme.lowercased()),
              let host = url.host, !host.isEmpty
        else { return false }
        return true
    }

    /// The path part of `baseURL`, always starting and ending with `/` (`/docs/` for `https://example.org/docs`).
    public var basePath: String {
        var path = baseURL
        if let schemeEnd = path.range(of: "://") {
            let afterScheme = path[schemeEnd.upperBound...]
            path = afterScheme.firstIndex(of: "/").map { String(afterScheme[$0...]) } ?? "/"
        }
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        return path
    }

    public static func == (lhs: SiteConfig, rhs: SiteConfig) -> Bool {
        lhs.title == rhs.title && lhs.description == rhs.description && lhs.baseURL == rhs.baseURL
            && lhs.language == rhs.language && lhs.unsafe == rhs.unsafe && lhs.paginate == rhs.paginate
            && lhs.params.map(\.key) == rhs.params.map(\.key) && lhs.params.map(\.value) == rhs.params.map(\.value)
    }
}
