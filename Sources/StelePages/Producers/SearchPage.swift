/// The search page (`search/index.html`) and its index (`search.json`).
///
/// The page lists every article, so it is useful without JavaScript; static/search.js reads the
/// query (`?q=`), loads the index and shows the matching articles above that list.
public struct SearchPage: PageProducer {
    static let path = "search/"

    public init() {}

    public func output(for site: SiteContext) -> [PageOutput] {
        let index = SearchIndex(pages: site.pages, urls: site.urls, summaries: site.summaries)
        let keys = SearchKeys(
            pages: site.pages.map(site.summary),
            search: .init(indexURL: site.urls.url(SearchIndex.path), scriptURL: site.urls.url("static/search.js")))
        let page = site.listPage(title: site.labels["search"] ?? "Search", path: Self.path)
        return [
            .page(path: Self.path + "index.html", template: "search", view: site.template(page: page, path: Self.path, extra: keys)),
            .file(index.file()),
        ]
    }
}
