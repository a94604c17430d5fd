import SteleContent

/// `page.*` of a page that is not an article: the index, a tag, the timeline, the statistics, 404.
public struct ListPageView: KeyedTemplateView {
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

    public enum Key: String, CaseIterable { case title, url, permalink, count, summary, date, isArticle }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .title: .text(title)
        case .url: .text(url)
        case .permalink: .text(permalink)
        case .count: .int(count)
        case .summary: .text(summary)
        case .date: .text(date)
        case .isArticle: .bool(isArticle)
        }
    }
}

/// An article as lists show it (the index, tag pages, search): everything but its content.
public struct ArticleSummaryView: KeyedTemplateView {
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

    public enum Key: String, CaseIterable {
        case title, url, permalink, authors, hasAuthors, tags, hasTags, source, params, subtitle, date, summary
    }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .title: .text(title)
        case .url: .text(url)
        case .permalink: .text(permalink)
        case .authors: .list(authors)
        case .hasAuthors: .bool(hasAuthors)
        case .tags: .list(tags)
        case .hasTags: .bool(hasTags)
        case .source: .text(source)
        case .params: .dictionary(params)
        case .subtitle: .text(subtitle)
        case .date: .text(date)
        case .summary: .text(summary)
        }
    }
}

/// `page.*` of an article: its summary fields, its HTML and its table of contents, how long it takes
/// to read, its events on the timeline and its neighbours in the index.
public struct ArticleView: KeyedTemplateView {
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

    /// Its own keys; the listing's are answered beside them.
    public enum Key: String, CaseIterable {
        case content, toc, hasToc, isArticle, readingTime, timeline, previous, next, hasNeighbours
    }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .content: .text(content)
        case .toc: .list(toc)
        case .hasToc: .bool(hasToc)
        case .isArticle: .bool(isArticle)
        case .readingTime: .text(readingTime)
        case .timeline: .view(timeline)
        case .previous: .view(previous)
        case .next: .view(next)
        case .hasNeighbours: .bool(hasNeighbours)
        }
    }

    public func value(named key: String) -> TemplateValue? { value(named: key, besides: listing) }
    public var templateKeys: [String] { templateKeys(besides: listing) }
}

/// A link to an article by its title (previous and next).
public struct ArticleLinkView: KeyedTemplateView {
    public var title: String
    public var url: String

    public enum Key: String, CaseIterable { case title, url }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .title: .text(title)
        case .url: .text(url)
        }
    }
}

/// A link from an article to its events on the timeline: `时间线上的 3 条事件` / `3 events on the timeline`.
public struct TimelineLinkView: KeyedTemplateView {
    public var url: String
    public var text: String

    public enum Key: String, CaseIterable { case url, text }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .url: .text(url)
        case .text: .text(text)
        }
    }
}

/// A heading of an article, for its table of contents.
public struct TableOfContentsEntry: KeyedTemplateView {
    public var level: Int
    public var text: String
    public var id: String

    public enum Key: String, CaseIterable { case level, text, id }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .level: .int(level)
        case .text: .text(text)
        case .id: .text(id)
        }
    }
}

/// A tag as an article shows it: its name linking its page.
public struct TagLinkView: KeyedTemplateView {
    public var name: String
    public var url: String

    public enum Key: String, CaseIterable { case name, url }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .name: .text(name)
        case .url: .text(url)
        }
    }
}

/// A tag with its number of articles (the tag index, a tag page's heading).
public struct TagView: KeyedTemplateView {
    public var name: String
    public var url: String
    public var count: Int

    public enum Key: String, CaseIterable { case name, url, count }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .name: .text(name)
        case .url: .text(url)
        case .count: .int(count)
        }
    }
}
