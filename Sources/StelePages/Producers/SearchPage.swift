/// The search page (`search/index.html`) and its index in shards (`search/index.json` and the files it
/// names, see `SearchIndex`).
///
/// The page lists every article, so it is useful without JavaScript; static/search.js reads the
/// query (`?q=`), fetches the parts of the index the query needs and shows the matching articles in
/// place of that list.
public struct SearchPage: PageProducer {
    static let path = "search/"

    public init() {}

    public func output(for site: SiteContext) async -> [PageOutput] {
        let index = await SearchIndex.make(documents: site.pages.map { SearchDocument(page: $0, summary: site.summary($0)) })
        let keys = SearchKeys(
            pages: site.pages.map(site.summary),
            search: .init(indexURL: site.urls.url(SearchIndex.manifestPath), scriptURL: site.urls.url("static/search.js")))
        let page = site.listPage(title: site.labels["search"] ?? "Search", path: Self.path)
        return [.page(path: Self.path + "index.html", template: "search", view: site.template(page: page, path: Self.path, extra: keys))]
            + index.files().map(PageOutput.file)
    }
}
