import SteleMarkdown

/// The front page listing every article, newest first, split into pages of `paginate` articles
/// (stele.yml, 20 by default): `index.html`, `page/2/index.html`, `page/3/index.html`, …
public struct IndexPages: PageProducer {
    public init() {}

    public func output(for site: SiteContext) -> [PageOutput] {
        let pager = Pager(folder: "", size: site.config.paginate)
        let chunks = pager.chunks(of: site.pages.indices)
        return chunks.enumerated().map { offset, chunk in
            page(number: offset + 1, of: chunks.count, listing: chunk, pager: pager, site: site)
        }
    }

    /// The one index page listing the article at `position` in `site.pages`, for `stele serve` to show an
    /// edit at once (`SiteBuilder.editedArticlePages`).
    public func output(for site: SiteContext, listingArticleAt position: Int) -> PageOutput {
        let pager = Pager(folder: "", size: site.config.paginate)
        let (number, total, chunk) = pager.chunk(containing: position, of: site.pages.indices)
        return page(number: number, of: total, listing: chunk, pager: pager, site: site)
    }

    /// Index page `number` of `total`, listing the articles at `positions`.
    private func page(number: Int, of total: Int, listing positions: Range<Int>, pager: Pager, site: SiteContext)
        -> PageOutput
    {
        let path = pager.path(forPage: number)
        var page = site.listPage(title: site.config.title, path: path)
        let pagination = pager.pagination(number: number, total: total, site: site)
        if number > 1 { page.title = "\(site.config.title) · \(pagination.label)" }
        // Every index page marks the front page's menu entry as current.
        let keys = IndexKeys(pages: positions.map { site.summary(site.pages[$0]) }, pagination: pagination)
        return .page(path: path + "index.html", template: "index", view: site.template(page: page, path: "", extra: keys))
    }
}
