/// The keys of an index page: its articles and the links to the other pages.
public struct IndexKeys: KeyedTemplateView, PageKeys {
    public var pages: [ArticleSummaryView]
    public var pagination: PaginationView

    public enum Key: String, CaseIterable { case pages, pagination }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .pages: .list(pages)
        case .pagination: .view(pagination)
        }
    }
}

/// `pagination.*`: where a page of a list (the front page, a tag) stands among them all.
public struct PaginationView: KeyedTemplateView {
    /// One entry of the numbered navigation: a page, or a gap (`…`) where a run of pages is elided.
    public struct PageLink: KeyedTemplateView {
        public var number: Int?
        public var url: String?
        public var current = false
        /// `Page 2` / `第 2 页`.
        public var label: String?
        /// True for an elided run of pages; it has no number, URL or label.
        public var gap = false

        public enum Key: String, CaseIterable { case number, url, current, label, gap }

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .number: .int(number)
            case .url: .text(url)
            case .current: .bool(current)
            case .label: .text(label)
            case .gap: .bool(gap)
            }
        }
    }

    public var number: Int
    public var total: Int
    public var label: String
    public var isPaginated: Bool
    /// The first and last page, the current one and its neighbours; gaps between.
    public var pages: [PageLink]
    public var firstURL: String?
    public var previousURL: String?
    public var nextURL: String?
    public var lastURL: String?

    public enum Key: String, CaseIterable {
        case number, total, label, isPaginated, pages, firstURL, previousURL, nextURL, lastURL
    }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .number: .int(number)
        case .total: .int(total)
        case .label: .text(label)
        case .isPaginated: .bool(isPaginated)
        case .pages: .list(pages)
        case .firstURL: .text(firstURL)
        case .previousURL: .text(previousURL)
        case .nextURL: .text(nextURL)
        case .lastURL: .text(lastURL)
        }
    }
}

/// The keys of the tag index: every tag.
public struct TagIndexKeys: KeyedTemplateView, PageKeys {
    public var tags: [TagView]

    public enum Key: String, CaseIterable { case tags }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .tags: .list(tags)
        }
    }
}

/// The keys of one tag's page.
public struct TagKeys: KeyedTemplateView, PageKeys {
    public var tag: TagView
    public var pages: [ArticleSummaryView]
    public var tagsURL: String
    public var pagination: PaginationView

    public enum Key: String, CaseIterable { case tag, pages, tagsURL, pagination }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .tag: .view(tag)
        case .pages: .list(pages)
        case .tagsURL: .text(tagsURL)
        case .pagination: .view(pagination)
        }
    }
}

/// The keys of the search page: the articles listed without JavaScript and where the index is.
public struct SearchKeys: KeyedTemplateView, PageKeys {
    public struct Search: KeyedTemplateView {
        public var indexURL: String
        public var scriptURL: String
        /// What the page says without JavaScript: that search needs it, and which articles are listed.
        public var notice: String
        /// The heading of the list: all articles, or the newest when there are more than a page of them.
        public var listTitle: String
        /// When only the newest are listed, the front page's second page, where the older ones go on.
        public var olderURL: String?

        public enum Key: String, CaseIterable { case indexURL, scriptURL, notice, listTitle, olderURL }

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .indexURL: .text(indexURL)
            case .scriptURL: .text(scriptURL)
            case .notice: .text(notice)
            case .listTitle: .text(listTitle)
            case .olderURL: .text(olderURL)
            }
        }
    }

    public var pages: [ArticleSummaryView]
    public var search: Search

    public enum Key: String, CaseIterable { case pages, search }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .pages: .list(pages)
        case .search: .view(search)
        }
    }
}
