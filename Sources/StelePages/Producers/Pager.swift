/// Splits a list of articles (or of a year's timeline events) into pages of `size` under one folder —
/// `folder/index.html`, then `folder/page/2/index.html`, … — and says where each page stands among them.
/// The front page, every tag page and the timeline's crowded years share it, so the lists page and link alike.
struct Pager {
    /// Site-relative folder of the first page (`""` for the front page, `tags/dang-jian/`).
    var folder: String
    /// Items per page; 0 keeps them all on one page.
    var size: Int

    /// How many page numbers stand on either side of the current one before the rest is elided.
    static let window = 2

    /// Site-relative folder of page `number` (counting from 1).
    func path(forPage number: Int) -> String { number == 1 ? folder : "\(folder)page/\(number)/" }

    /// `items` in runs of `size` (all in one when `size` is 0); always at least one, maybe empty, run.
    func chunks<Items: RandomAccessCollection>(of items: Items) -> [Items.SubSequence] where Items.Index == Int {
        guard size > 0, items.count > size else { return [items[...]] }
        return stride(from: items.startIndex, to: items.endIndex, by: size).map { items[$0..<min($0 + size, items.endIndex)] }
    }

    /// The run of `items` that holds `index`, its page number (from 1) and how many pages there are:
    /// `chunks(of:)`'s, without making the others.
    func chunk<Items: RandomAccessCollection>(containing index: Int, of items: Items)
        -> (number: Int, total: Int, items: Items.SubSequence) where Items.Index == Int
    {
        guard size > 0, items.count > size else { return (1, 1, items[...]) }
        let offset = (index - items.startIndex) / size
        let start = items.startIndex + offset * size
        return (offset + 1, (items.count + size - 1) / size, items[start..<min(start + size, items.endIndex)])
    }

    /// The page numbers the navigation shows for page `number` of `total`, nil where a run is elided:
    /// the first and last page and `window` pages either side of the current one. A gap of a single
    /// page shows that page, since an ellipsis would take as much room and hide it.
    static func shownNumbers(number: Int, total: Int) -> [Int?] {
        let near = Set([1, total]).union(max(1, number - window)...min(total, number + window))
        var shown: [Int?] = []
        var previous = 0
        for page in near.sorted() {
            if page - previous == 2 { shown.append(page - 1) } else if page - previous > 2 { shown.append(nil) }
            shown.append(page)
            previous = page
        }
        return shown
    }

    /// `pagination.*` of page `number` of `total`.
    func pagination(number: Int, total: Int, site: SiteContext) -> PaginationView {
        let total = max(total, 1)
        let url = { (n: Int) in site.urls.url(path(forPage: n)) }
        let links = Self.shownNumbers(number: number, total: total).map { shown -> PaginationView.PageLink in
            guard let shown else { return .init(gap: true) }
            return .init(number: shown, url: url(shown), current: shown == number, label: site.label("pageNumber", shown))
        }
        return PaginationView(
            number: number, total: total, label: site.label("pageNumber", number), isPaginated: total > 1,
            pages: links,
            firstURL: number > 1 ? url(1) : nil,
            previousURL: number > 1 ? url(number - 1) : nil,
            nextURL: number < total ? url(number + 1) : nil,
            lastURL: number < total ? url(total) : nil)
    }
}
