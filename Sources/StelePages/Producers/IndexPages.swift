import SteleMarkdown

/// The front page listing every article, newest first, split into pages of `paginate` articles
/// (stele.yml) when that is set: `index.html`, `page/2/index.html`, `page/3/index.html`, …
public struct IndexPages: PageProducer {
    public init() {}

    /// Site-relative folder of page `number` (counting from 1).
    static func path(forPage number: Int) -> String { number == 1 ? "" : "page/\(number)/" }

    public func output(for site: SiteContext) -> [PageOutput] {
        let chunks = Self.chunks(of: site.pages, size: site.config.paginate)
        return chunks.enumerated().map { offset, chunk in
            let number = offset + 1
            let path = Self.path(forPage: number)
            var page = site.listPage(title: site.config.title, path: path)
            let pagination = pagination(number: number, total: chunks.count, site: site)
            if number > 1 { page.title = "\(site.config.title) · \(pagination.label)" }
            // Every index page marks the front page's menu entry as current.
            let keys = IndexKeys(pages: chunk.map(site.summary), pagination: pagination)
            return .page(path: path + "index.html", template: "index", view: site.template(page: page, path: "", extra: keys))
        }
    }

    /// `pages` in runs of `size` (all in one when `size` is 0); always at least one, maybe empty, run.
    static func chunks(of pages: [RenderedPage], size: Int) -> [ArraySlice<RenderedPage>] {
        guard size > 0, pages.count > size else { return [pages[...]] }
        return stride(from: 0, to: pages.count, by: size).map { pages[$0..<min($0 + size, pages.count)] }
    }

    /// `pagination.*` for the index template.
    func pagination(number: Int, total: Int, site: SiteContext) -> PaginationView {
        let label = { (n: Int) in site.label("pageNumber", n) }
        return PaginationView(
            number: number, total: total, label: label(number), isPaginated: total > 1,
            pages: (1...max(total, 1)).map { n in
                .init(number: n, url: site.urls.url(Self.path(forPage: n)), current: n == number, label: label(n))
            },
            previousURL: number > 1 ? site.urls.url(Self.path(forPage: number - 1)) : nil,
            nextURL: number < total ? site.urls.url(Self.path(forPage: number + 1)) : nil)
    }
}
