/// The keys of an index page: its articles and the links to the other pages.
public struct IndexKeys: TemplateView {
    public var pages: [ArticleSummaryView]
    public var pagination: PaginationView
}

/// `pagination.*`: where a page of a list (the front page, a tag) stands among them all.
public struct PaginationView: TemplateView {
    /// One entry of the numbered navigation: a page, or a gap (`…`) where a run of pages is elided.
    public struct PageLink: TemplateView {
        public var number: Int?
        public var url: String?
        public var current = false
        /// `Page 2` / `第 2 页`.
        public var label: String?
        /// True for an elided run of pages; it has no number, URL or label.
        public var gap = false
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
}

/// The keys of the tag index: every tag.
public struct TagIndexKeys: TemplateView {
    public var tags: [TagView]
}

/// The keys of one tag's page.
public struct TagKeys: TemplateView {
    public var tag: TagView
    public var pages: [ArticleSummaryView]
    public var tagsURL: String
    public var pagination: PaginationView
}

/// The keys of the search page: the articles listed without JavaScript and where the index is.
public struct SearchKeys: TemplateView {
    public struct Search: TemplateView {
        public var indexURL: String
        public var scriptURL: String
        /// What the page says without JavaScript: that search needs it, and which articles are listed.
        public var notice: String
        /// The heading of the list: all articles, or the newest when there are more than a page of them.
        public var listTitle: String
        /// When only the newest are listed, the front page's second page, where the older ones go on.
        public var olderURL: String?
    }

    public var pages: [ArticleSummaryView]
    public var search: Search
}
