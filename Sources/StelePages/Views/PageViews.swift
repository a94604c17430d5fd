import SteleContent

/// `page.*` of a page that is not an article: the index, a tag, the timeline, the statistics, 404.
public struct ListPageView: TemplateView {
    public var title: String
    /// The page's URL path and its absolute URL (the same when the base URL names no host).
    public var url: String
    public var permalink: String
    /// How many articles a tag page lists.
    public var count: Int?
    /// What the shared head partial asks of every page: only articles have a summary, a date, and are articles.
    public var summary: String?
    public var date: String?
    public var isArticle = false
}

/// An article as lists show it (the index, tag pages, search): everything but its content.
public struct ArticleSummaryView: TemplateView {
    public var title: String
    public var url: String
    public var permalink: String
    public var authors: [String]
    public var hasAuthors: Bool
    public var tags: [TagLinkView]
    public var hasTags: Bool
    /// The content file it came from (`content/a.md`).
    public var source: String
    /// Frontmatter keys Stele does not know itself (`series`, `agency`, `place`), empty ones left out.
    public var params: [String: FrontmatterValue]
    public var subtitle: String?
    /// `2022-10-09`.
    public var date: String?
    public var summary: String?
}

/// `page.*` of an article: its summary fields, its HTML and its table of contents, how long it takes
/// to read, its events on the timeline and its neighbours in the index.
public struct ArticleView: TemplateView {
    public var listing: ArticleSummaryView
    /// The rendered Markdown, inserted unescaped (`{{{page.content}}}`).
    public var content: String
    public var toc: [TableOfContentsEntry]
    public var hasToc: Bool
    public var isArticle = true
    /// `约 5 分钟读完` / `5 min read` (see docs/statistics.md for the reading speeds).
    public var readingTime: String
    /// Its own page of the timeline; nil when the article has no dated events.
    public var timeline: TimelineLinkView?
    /// The articles listed just before (newer) and just after (older) it on the index.
    public var previous: ArticleLinkView?
    public var next: ArticleLinkView?
    /// Whether it has a neighbour (a site of one article has none).
    public var hasNeighbours: Bool

    public func templateFields(schema: Bool) -> [String: Any] {
        var fields = listing.templateFields(schema: schema)
        let own = TemplateFlattener.fields(of: self, schema: schema)
        for key in ["content", "toc", "hasToc", "isArticle", "readingTime", "timeline", "previous", "next", "hasNeighbours"] {
            fields[key] = own[key]
        }
        return fields
    }
}

/// A link to an article by its title (previous and next).
public struct ArticleLinkView: TemplateView {
    public var title: String
    public var url: String
}

/// A link from an article to its events on the timeline: `时间线上的 3 条事件` / `3 events on the timeline`.
public struct TimelineLinkView: TemplateView {
    public var url: String
    public var text: String
}

/// A heading of an article, for its table of contents.
public struct TableOfContentsEntry: TemplateView {
    public var level: Int
    public var text: String
    public var id: String
}

/// A tag as an article shows it: its name linking its page.
public struct TagLinkView: TemplateView {
    public var name: String
    public var url: String
}

/// A tag with its number of articles (the tag index, a tag page's heading).
public struct TagView: TemplateView {
    public var name: String
    public var url: String
    public var count: Int
}
