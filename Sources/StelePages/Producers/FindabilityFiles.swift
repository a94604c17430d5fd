/// The Atom feed of the articles (`feed.xml`), when the base URL names a host.
public struct FeedFile: PageProducer {
    public init() {}

    public func output(for site: SiteContext) -> [PageOutput] {
        FeedWriter(config: site.config, urls: site.urls, summaries: site.summaries).streamed(for: site.pages)
            .map { [.stream($0)] } ?? []
    }
}

/// `sitemap.xml`, listing the pages the other producers made: it runs after them.
public struct SitemapFile: PageProducer {
    /// The paths of every file the other producers made.
    public var paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    public func output(for site: SiteContext) -> [PageOutput] {
        let entries = SitemapWriter.entries(paths: paths, articles: site.pages)
        return SitemapWriter(urls: site.urls).file(for: entries).map { [.file($0)] } ?? []
    }
}

/// `robots.txt`.
public struct RobotsFile: PageProducer {
    public init() {}

    public func output(for site: SiteContext) -> [PageOutput] { [.file(RobotsWriter(urls: site.urls).file())] }
}
