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

/// The keys of the search page: every article (listed without JavaScript) and where the index is.
public struct SearchKeys: TemplateView {
    public struct Search: TemplateView {
        public var indexURL: String
        public var scriptURL: String
    }

    public var pages: [ArticleSummaryView]
    public var search: Search
}
