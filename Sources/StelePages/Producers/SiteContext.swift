import SteleAnalysis
import SteleContent
import SteleMarkdown

/// What every page producer works from: the site's settings and URLs, its rendered articles (newest
/// first), what the corpus analysis found, the menu and the theme's labels in the site's language.
public struct SiteContext: Sendable {
    public var config: SiteConfig
    public var urls: URLBuilder
    public var pages: [RenderedPage]
    public var analysis: CorpusAnalysis
    /// The site navigation, in order.
    public var menu: [MenuEntry]
    /// Labels of the default theme in the site's language.
    public var labels: [String: String]
    /// Each article's summary, by path: chosen once for the whole site, since it depends on the other articles.
    public private(set) var summaries: [String: String] = [:]
    /// Each article's place in `pages`, by path: for its figures and its neighbours.
    private var positions: [String: Int] = [:]
    /// How many timeline events each article has, by path; an article without events is absent.
    private(set) var eventCounts: [String: Int] = [:]
    /// Each article's reading time as the statistics counted it, by path, so both pages say the same.
    private var readingMinutes: [String: Int] = [:]
    /// How an article's page gets its HTML when the build rendered the articles without it (so that no
    /// article's HTML is held longer than its page takes to write): rendered again from the article's
    /// file as the page is written. Nil: the pages hold their HTML (`markdown.html`).
    public var articleHTML: (@Sendable (RenderedPage) throws(ContentError) -> String)?
    /// Where the search page keeps the index it makes, for `stele serve`'s next edit; nil keeps none.
    public var searchIndexMemo: SearchIndexMemo?
    /// Where the feed keeps its parts, for `stele serve`'s next edit; nil keeps none.
    public var feedMemo: FeedMemo?

    /// A link of the site navigation: its title and site-relative folder.
    public struct MenuEntry: Sendable, Equatable {
        public var title: String
        public var path: String
    }

    /// The summaries of `pages` (newest first), chosen on all cores: a build chooses them while it
    /// analyses the corpus, since they depend on the pages alone, and hands them to `init`.
    public static func summaries(of pages: [RenderedPage]) async -> [String: String] {
        await SummaryChooser.summaries(of: pages)
    }

    /// `summaries`: those of `summaries(of:)` for these pages; nil chooses them here.
    public init(config: SiteConfig, pages: [RenderedPage], analysis: CorpusAnalysis, producers: [any PageProducer],
                summaries: [String: String]? = nil,
                articleHTML: (@Sendable (RenderedPage) throws(ContentError) -> String)? = nil,
                searchIndexMemo: SearchIndexMemo? = nil, feedMemo: FeedMemo? = nil) {
        self.config = config
        self.articleHTML = articleHTML
        self.searchIndexMemo = searchIndexMemo
        self.feedMemo = feedMemo
        self.urls = URLBuilder(config: config)
        self.pages = pages
        self.analysis = analysis
        let labels = ThemeLabels.labels(for: config.language)
        self.labels = labels
        self.menu = [MenuEntry(title: labels["home"] ?? "", path: "")]
        // Producers are asked after the rest is set: whether they are listed may depend on the analysis.
        self.menu += producers.compactMap { $0.menuEntry(in: self) }
            .map { MenuEntry(title: labels[$0.labelKey] ?? $0.labelKey, path: $0.path) }
        self.summaries = summaries ?? SummaryChooser.summaries(of: pages)
        self.positions = Dictionary(pages.enumerated().map { ($1.path, $0) }) { first, _ in first }
        self.eventCounts = Dictionary(grouping: analysis.events, by: \.articlePath).mapValues(\.count)
        self.readingMinutes = Dictionary(analysis.statistics.figures.articles.map { ($0.path, $0.figures.readingMinutes) }) { first, _ in first }
    }

    /// Where the article at `path` stands in `pages`; nil for a path that is no article.
    public func position(of path: String) -> Int? { positions[path] }

    /// Puts `rendered` in place of the article at `position` (where its path is), with `events` (its
    /// own, as `TimelineExtractor` finds them) in the timeline, and its own reading time and summary
    /// found again, the rest of the corpus as it was: what `stele serve` renders an edited article's
    /// pages from at once, before the whole site is built again. In place: a copy of the context
    /// copied every article and event of a large site.
    ///
    /// Only what comes from the article itself is new: a summary that the corpus would choose
    /// differently (a sentence another article shares) waits for the full build. The statistics
    /// (`StatisticsReport.replaceArticle`) and the search index (`SearchPage`) take the edit apart.
    ///
    /// Returns the places in the timeline of the article's changed events and of those it lost, with
    /// their years (`CorpusAnalysis.replaceEvents`).
    @discardableResult
    public mutating func replaceArticle(_ rendered: RenderedPage, at position: Int, events: [TimelineEvent])
        -> [(place: Int, year: Int)]
    {
        precondition(positions[rendered.path] == position, "\(rendered.path) is not the article at \(position)")
        pages[position] = rendered
        let places = analysis.replaceEvents(ofArticle: position, with: TimelineExtractor.sorted(events))
        eventCounts[rendered.path] = events.isEmpty ? nil : events.count
        readingMinutes[rendered.path] = ArticleFigures(rendered).figures.readingMinutes
        summaries[rendered.path] = SummaryChooser.provisionalSummary(of: rendered, was: summaries[rendered.path])
        return places
    }

    /// This context with only `parts` of every article's rendered Markdown, the rest left out (the HTML
    /// empty, no paragraphs or list items), for the producers that read no more (`PageProducer.readsArticles`).
    public func keeping(_ parts: ArticleParts) -> SiteContext {
        var context = self
        for index in context.pages.indices {
            if !parts.contains(.html) { context.pages[index].markdown.html = "" }
            if !parts.contains(.text) {
                context.pages[index].markdown.paragraphs = []
                context.pages[index].markdown.listItems = []
            }
        }
        return context
    }

    /// The whole view of a page: `site`, `page`, `labels`, `menu` and the page kind's own keys.
    /// `path` is the folder whose menu entry is marked current.
    func template<Page: TemplateView, Extra: PageKeys>(page: Page, path: String, extra: Extra)
        -> PageTemplate<Page, Extra>
    {
        PageTemplate(
            site: site, page: page, labels: labels,
            menu: menu.map { MenuItemView(title: $0.title, url: urls.url($0.path), current: $0.path == path) },
            extra: extra)
    }

    /// `site.*`: the same on every page.
    var site: SiteView {
        SiteView(
            title: config.title, baseURL: config.baseURL, basePath: config.basePath, language: config.language,
            description: config.description.isEmpty ? nil : config.description,
            feedURL: FeedWriter.isWritten(for: urls) ? urls.permalink(FeedWriter.path) : nil,
            params: Self.templateParams(config.params))
    }

    /// `page.*` for an article, with its content.
    func article(_ rendered: RenderedPage) -> ArticleView {
        let toc = rendered.markdown.headings.map { TableOfContentsEntry(level: $0.level, text: $0.text, id: $0.id) }
        let position = positions[rendered.path]
        let neighbour = { (offset: Int) -> ArticleLinkView? in
            guard let position, pages.indices.contains(position + offset) else { return nil }
            let page = pages[position + offset]
            return ArticleLinkView(title: page.title, url: urls.url(page.path))
        }
        let events = eventCounts[rendered.path] ?? 0
        return ArticleView(
            listing: summary(rendered), content: rendered.markdown.html, toc: toc, hasToc: !toc.isEmpty,
            readingTime: label("readingTime", max(readingMinutes[rendered.path] ?? 0, 1)),
            timeline: events == 0 ? nil : TimelineLinkView(url: urls.url(TimelinePage.path(for: rendered)),
                                                           text: label("articleTimeline", events)),
            previous: neighbour(-1), next: neighbour(1), hasNeighbours: pages.count > 1)
    }

    /// The theme label `key` with `{n}` replaced by `number`.
    func label(_ key: String, _ number: Int) -> String {
        (labels[key] ?? key).replacing("{n}", with: String(number))
    }

    /// The fields of an article that lists show, without its content.
    func summary(_ rendered: RenderedPage) -> ArticleSummaryView {
        let frontmatter = rendered.page.frontmatter
        let tags = tagLinks(frontmatter.tags)
        return ArticleSummaryView(
            title: frontmatter.title, url: urls.url(rendered.path), permalink: urls.permalink(rendered.path),
            authors: frontmatter.authors, hasAuthors: !frontmatter.authors.isEmpty, tags: tags, hasTags: !tags.isEmpty,
            source: rendered.page.source, params: Self.templateParams(frontmatter.params),
            subtitle: frontmatter.subtitle.flatMap { $0.isEmpty ? nil : $0 }, date: frontmatter.date?.iso,
            summary: summaries[rendered.path].flatMap { $0.isEmpty ? nil : $0 })
    }

    /// An article's tags, each linking its tag page.
    func tagLinks(_ names: [String]) -> [TagLinkView] {
        TagIndex.names(names).compactMap { name in
            analysis.tags.slug(for: name).map { TagLinkView(name: name, url: urls.url(TagPages.path(forSlug: $0))) }
        }
    }

    /// `page.*` of a page that is not an article.
    func listPage(title: String, path: String) -> ListPageView {
        ListPageView(title: title, url: urls.url(path), permalink: urls.permalink(path))
    }

    /// Params for templates; empty values are left out so that `{{#page.params.series}}` skips them.
    static func templateParams(_ params: [(key: String, value: FrontmatterValue)]) -> [String: FrontmatterValue] {
        var result: [String: FrontmatterValue] = [:]
        for (key, value) in params where value != .null && value != .string("") && value != .list([]) {
            result[key] = value
        }
        return result
    }
}
