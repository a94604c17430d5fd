import Foundation

/// Turns Markdown links to other content files (`[见](other.md#某一节)`, `../x.md`) into the URLs of
/// their pages, keeping the `#fragment` as written.
///
/// A link is read relative to the folder of the file it is in, as an editor previewing the Markdown
/// would; anything that is not a relative path ending in `.md` is left alone.
public struct ContentLinkResolver: Sendable, Equatable {
    /// Where a link leads.
    public enum Resolution: Sendable, Equatable {
        /// Not a link to a content file (a web address, a page path, an anchor, an image).
        case notContent
        /// The page of content file `source`, at site-relative `path`, and the fragment percent-decoded.
        case page(source: String, path: String, fragment: String?)
        /// A content file that does not exist (`target` is its path relative to the site).
        case missing(target: String)
        /// A content file that exists but is not published (a draft, or dated in the future).
        case unpublished(target: String)
    }

    private let pathBySource: [String: String]
    private let unpublished: Set<String>
    private let urls: URLBuilder

    /// `pages` are the published pages (source file → site-relative path); `unpublished` the sources left out.
    public init(pages: [(source: String, path: String)], unpublished: [String], urls: URLBuilder) {
        self.pathBySource = Dictionary(pages.map { ($0.source, $0.path) }, uniquingKeysWith: { first, _ in first })
        self.unpublished = Set(unpublished)
        self.urls = urls
    }

    /// The site-relative path of the page of published content file `source`.
    public func path(ofSource source: String) -> String? {
        pathBySource[source]
    }

    /// Where `destination`, written in content file `source`, leads.
    public func resolve(_ destination: String, from source: String) -> Resolution {
        guard let (target, fragment) = Self.contentTarget(destination, from: source) else { return .notContent }
        guard let target else { return .missing(target: destination) }
        if let path = pathBySource[target] {
            let decoded = fragment.map { $0.removingPercentEncoding ?? $0 }
            return .page(source: target, path: path, fragment: decoded?.isEmpty == true ? nil : decoded)
        }
        return unpublished.contains(target) ? .unpublished(target: target) : .missing(target: target)
    }

    /// The URL to write for `destination` in `source`; nil leaves the link as written.
    public func href(for destination: String, from source: String) -> String? {
        guard case let .page(_, path, _) = resolve(destination, from: source) else { return nil }
        let fragment = destination.firstIndex(of: "#").map { String(destination[$0...]) } ?? ""
        return urls.url(path) + (fragment == "#" ? "" : fragment)
    }

    /// For a relative link ending in `.md`: the site-relative file it names (nil when it climbs out of
    /// the site) and its raw fragment. Nil for every other link.
    static func contentTarget(_ destination: String, from source: String) -> (target: String?, fragment: String?)? {
        guard !destination.isEmpty, !Self.hasScheme(destination),
              let first = destination.unicodeScalars.first, first != "/", first != "#", first != "?"
        else { return nil }
        let (pathPart, fragment) = RelativeLink.split(Substring(destination))
        let path = pathPart.removingPercentEncoding ?? String(pathPart)
        guard path.lowercased().hasSuffix(".md") else { return nil }
        return (RelativeLink.resolve(path, from: source), fragment)
    }

    /// `https:`, `mailto:`, `data:`…: a scheme is letters, digits, `+`, `-`, `.` before the first `:`,
    /// starting with a letter, and coming before any `/`, `?` or `#`.
    package static func hasScheme(_ link: String) -> Bool {
        for (index, scalar) in link.unicodeScalars.enumerated() {
            switch scalar {
            case ":": return index > 0
            case "a"..."z", "A"..."Z": continue
            case "0"..."9", "+", "-", ".": if index == 0 { return false }
            default: return false
            }
        }
        return false
    }
}
