import Foundation
import SteleAnalysis
import SteleContent

/// Turns site-relative paths into the URLs pages link to, honouring the base URL's path.
public struct URLBuilder: Sendable, Equatable {
    /// `/` or `/docs/`.
    public var basePath: String
    /// `https://example.org/docs/`, or nil when the base URL names no host.
    public var baseURL: String?

    public init(config: SiteConfig) {
        self.basePath = config.basePath
        self.baseURL = config.baseURL.contains("://")
            ? (config.baseURL.hasSuffix("/") ? config.baseURL : config.baseURL + "/") : nil
    }

    /// The URL path of `path` (relative to the site root), percent-encoded: `/docs/articles/x/`.
    public func url(_ path: String) -> String {
        basePath + URLPathText.encode(path)
    }

    /// The absolute URL when the base URL has a host, else the URL path.
    public func permalink(_ path: String) -> String {
        guard let baseURL else { return url(path) }
        return baseURL + URLPathText.encode(path)
    }

    /// The URL of the paragraph that tells `event` (`/articles/<slug>/#p-12`), or of its article.
    public func url(of event: TimelineEvent) -> String {
        url(event.articlePath) + (event.paragraphID.map { "#" + $0 } ?? "")
    }
}
