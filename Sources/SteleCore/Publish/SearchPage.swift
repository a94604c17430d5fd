/// The search page (`search/index.html`) and its index (`search.json`).
///
/// The page lists every article, so it is useful without JavaScript; static/search.js reads the
/// query (`?q=`), loads the index and shows the matching articles above that list.
struct SearchPage {
    static let path = "search/"

    func files(for pages: [RenderedPage], context: PageContext, theme: Theme) throws(BuildError) -> [OutputFile] {
        let index = SearchIndex(pages: pages, urls: context.urls)
        let title = context.labels["search"] ?? "Search"
        let html: String
        do {
            html = try theme.render(context.context(
                page: context.listPage(title: title, path: Self.path), path: Self.path,
                extra: [
                    "pages": pages.map(context.summary),
                    "search": [
                        "indexURL": context.urls.url(SearchIndex.path),
                        "scriptURL": context.urls.url("static/search.js"),
                    ],
                ]), with: "search")
        } catch {
            throw .template(error)
        }
        return [OutputFile(path: Self.path + "index.html", text: html), index.file()]
    }
}
