import Foundation

/// The front page listing every article, newest first, split into pages of `paginate` articles
/// (stele.yml) when that is set: `index.html`, `page/2/index.html`, `page/3/index.html`, …
struct IndexPages {
    /// Articles per page; 0 (the default) lists them all on the front page.
    var perPage: Int

    /// Site-relative folder of page `number` (counting from 1).
    static func path(forPage number: Int) -> String { number == 1 ? "" : "page/\(number)/" }

    func files(for pages: [RenderedPage], context: PageContext, theme: Theme) throws(BuildError) -> [OutputFile] {
        let chunks = Self.chunks(of: pages, size: perPage)
        var files: [OutputFile] = []
        for (offset, chunk) in chunks.enumerated() {
            let number = offset + 1
            let path = Self.path(forPage: number)
            var page = context.listPage(title: context.config.title, path: path)
            let pagination = pagination(number: number, total: chunks.count, context: context)
            if number > 1, let label = pagination["label"] as? String { page["title"] = "\(context.config.title) · \(label)" }
            // Every index page marks the front page's menu entry as current.
            let html: String
            do {
                html = try theme.render(context.context(page: page, path: "", extra: [
                    "pages": chunk.map(context.summary),
                    "pagination": pagination,
                ]), with: "index")
            } catch {
                throw .template(error)
            }
            files.append(OutputFile(path: path + "index.html", text: html))
        }
        return files
    }

    /// `pages` in runs of `size` (all in one when `size` is 0); always at least one, maybe empty, run.
    static func chunks(of pages: [RenderedPage], size: Int) -> [ArraySlice<RenderedPage>] {
        guard size > 0, pages.count > size else { return [pages[...]] }
        return stride(from: 0, to: pages.count, by: size).map { pages[$0..<min($0 + size, pages.count)] }
    }

    /// `pagination.*` for the index template.
    func pagination(number: Int, total: Int, context: PageContext) -> [String: Any] {
        let label = { (n: Int) in (context.labels["pageNumber"] ?? "Page {n}").replacingOccurrences(of: "{n}", with: "\(n)") }
        var pagination: [String: Any] = [
            "number": number,
            "total": total,
            "label": label(number),
            "isPaginated": total > 1,
            "pages": (1...max(total, 1)).map { n -> [String: Any] in
                ["number": n, "url": context.urls.url(Self.path(forPage: n)), "current": n == number, "label": label(n)]
            },
        ]
        if number > 1 { pagination["previousURL"] = context.urls.url(Self.path(forPage: number - 1)) }
        if number < total { pagination["nextURL"] = context.urls.url(Self.path(forPage: number + 1)) }
        return pagination
    }
}
