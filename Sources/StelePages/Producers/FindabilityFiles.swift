/// The Atom feed of the articles (`feed.xml`), when the base URL names a host.
public struct FeedFile: PageProducer {
    public init() {}

    public func output(for site: SiteContext) -> [PageOutput] {
        writer(site).streamed(for: site.pages, keepingIn: site.feedMemo).map { [.stream($0)] } ?? []
    }

    /// The feed after the articles at `positions` were edited, their dates as they were, from the
    /// parts the last build kept (`SiteContext.feedMemo`): what `stele serve` shows at once. Empty
    /// without kept parts or without articles. Its bytes (6 MB at 10,000 articles) are made when it is
    /// written, beside the step's pages.
    public func outputs(for site: SiteContext, replacingArticlesAt positions: [Int]) -> [PageOutput] {
        guard !positions.isEmpty, let memo = site.feedMemo,
              let file = writer(site).streamed(replacingEntriesAt: positions, of: site.pages, in: memo)
        else { return [] }
        return [.stream(file)]
    }

    private func writer(_ site: SiteContext) -> FeedWriter {
        FeedWriter(config: site.config, urls: site.urls, summaries: site.summaries)
    }
}

/// `sitemap.xml` (with `sitemap-N.xml` on a site of over 50,000 pages), listing the pages the other
/// producers made: it runs after them.
public struct SitemapFile: PageProducer {
    /// The paths of every file the other producers made.
    public var paths: [String]

    public init(paths: [String]) {
        self.paths = paths
    }

    public func output(for site: SiteContext) -> [PageOutput] {
        let entries = SitemapWriter.entries(paths: paths, articles: site.pages)
        return SitemapWriter(urls: site.urls).files(for: entries).map(PageOutput.file)
    }
}

/// `robots.txt`.
public struct RobotsFile: PageProducer {
    public init() {}

    public func output(for site: SiteContext) -> [PageOutput] { [.file(RobotsWriter(urls: site.urls).file())] }
}
