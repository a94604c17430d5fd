/// The keys of an index page: its articles and the links to the other pages.
public struct IndexKeys: TemplateView {
    public var pages: [ArticleSummaryView]
    public var pagination: PaginationView
}

/// `pagination.*`: where an index page stands among them all.
public struct PaginationView: TemplateView {
    public struct PageLink: TemplateView {
        public var number: Int
        public var url: String
        public var current: Bool
        /// `Page 2` / `第 2 页`.
        public var label: String
    }

    public var number: Int
    public var total: Int
    public var label: String
    public var isPaginated: Bool
    public var pages: [PageLink]
    public var previousURL: String?
    public var nextURL: String?
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
