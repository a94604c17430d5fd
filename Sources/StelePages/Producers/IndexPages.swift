import SteleMarkdown

/// The front page listing every article, newest first, split into pages of `paginate` articles
/// (stele.yml, 20 by default): `index.html`, `page/2/index.html`, `page/3/index.html`, …
public struct IndexPages: PageProducer {
    public init() {}

    public func output(for site: SiteContext) -> [PageOutput] {
        let pager = Pager(folder: "", size: site.config.paginate)
        let chunks = pager.chunks(of: site.pages)
        return chunks.enumerated().map { offset, chunk in
            let number = offset + 1
            let path = pager.path(forPage: number)
            var page = site.listPage(title: site.config.title, path: path)
            let pagination = pager.pagination(number: number, total: chunks.count, site: site)
            if number > 1 { page.title = "\(site.config.title) · \(pagination.label)" }
            // Every index page marks the front page's menu entry as current.
            let keys = IndexKeys(pages: chunk.map(site.summary), pagination: pagination)
            return .page(path: path + "index.html", template: "index", view: site.template(page: page, path: "", extra: keys))
        }
    }
}
