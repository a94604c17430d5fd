/// The search page (`search/index.html`) and its index in shards (`search/index.json` and the files it
/// names, see `SearchIndex`).
///
/// Without JavaScript the page lists articles, as many as a page of the front page holds (`paginate`),
/// newest first, and links the front page's next page for the older ones: every article on it would make
/// a page of megabytes at 10,000 articles. static/search.js reads the query (`?q=`), fetches the parts
/// of the index the query needs and shows the matching articles in place of that list.
public struct SearchPage: PageProducer {
    static let path = "search/"

    public init() {}

    public var readsArticles: ArticleParts { .text }

    public func output(for site: SiteContext) async -> [PageOutput] {
        let index = await SearchIndex.make(documents: site.pages.map { SearchDocument(page: $0, summary: site.summary($0)) })
        site.searchIndexMemo?.keep(index)
        return [page(for: site)] + index.outputs()
    }

    /// The files of the search index after the articles at `positions` were edited, made from the last
    /// build's index (`SiteContext.searchIndexMemo`) with their documents in place: its manifest, its
    /// term shards and their fragments; and the search page when it lists one of them. Empty without a
    /// kept index of these articles. What `stele serve` shows at once after an edit.
    ///
    /// The kept index takes the edit: the next edit's starts from it, until a build keeps its own.
    public func outputs(for site: SiteContext, replacingArticlesAt positions: [Int]) -> [PageOutput] {
        guard let memo = site.searchIndexMemo, var index = memo.take() else { return [] }
        defer { memo.keep(index) }
        guard index.documents.count == site.pages.count else { return [] }
        var shards: Set<Int>? = []
        for position in positions {
            let document = SearchDocument(page: site.pages[position], summary: site.summary(site.pages[position]))
            let changed = index.replaceDocument(position, with: document)
            shards = changed.flatMap { changed in shards.map { $0.union(changed) } }
        }
        let listsOne = positions.contains { $0 < site.config.paginate }
        return (listsOne ? [page(for: site)] : []) + index.outputs(shards: shards, fragments: positions)
    }

    /// The search page itself, which lists the newest articles for a browser without JavaScript.
    private func page(for site: SiteContext) -> PageOutput {
        let pager = Pager(folder: "", size: site.config.paginate)
        let listed = pager.chunks(of: site.pages).first ?? []
        let isCut = listed.count < site.pages.count
        let label = { (key: String) in site.labels[key] ?? key }
        let keys = SearchKeys(
            pages: listed.map(site.summary),
            search: .init(indexURL: site.urls.url(SearchIndex.manifestPath), scriptURL: site.urls.url("static/search.js"),
                          notice: label(isCut ? "searchNeedsScriptNewest" : "searchNeedsScript"),
                          listTitle: label(isCut ? "searchNewest" : "allArticles"),
                          olderURL: isCut ? site.urls.url(pager.path(forPage: 2)) : nil))
        let page = site.listPage(title: site.labels["search"] ?? "Search", path: Self.path)
        return .page(path: Self.path + "index.html", template: "search", view: site.template(page: page, path: Self.path, extra: keys))
    }
}
