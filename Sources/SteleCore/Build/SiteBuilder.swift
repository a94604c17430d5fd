import Foundation

/// Builds a site folder into files, as a short sequence of named stages.
///
/// `build()` produces the site in memory (the preview server serves that); `build(into:)` then writes
/// it to an output folder all at once.
public struct SiteBuilder: Sendable {
    public var siteDirectory: URL
    /// Overrides `baseURL` from stele.yml (`--base-url`).
    public var baseURLOverride: String?
    /// Publish pages marked `draft: true` (`--drafts`).
    public var includeDrafts: Bool
    /// Publish pages dated after `now` (`--future`).
    public var includeFuture: Bool
    /// What counts as the future; nil: `SOURCE_DATE_EPOCH` or the current time (see `BuildClock`).
    public var now: Date?

    public init(siteDirectory: URL, baseURLOverride: String? = nil, includeDrafts: Bool = false,
                includeFuture: Bool = false, now: Date? = nil) {
        self.siteDirectory = siteDirectory
        self.baseURLOverride = baseURLOverride
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
    }

    /// Pages made from the whole corpus, in menu order.
    var corpusPages: [any CorpusPage] { [TimelinePage(), TagPages(), StatisticsPage(siteDirectory: siteDirectory)] }

    /// Runs every stage and returns the site's files, without writing anything.
    public func build() async throws(BuildError) -> BuiltSite {
        let config = try loadConfiguration()
        let theme = try loadTheme()
        let (pages, unpublished) = selectPublished(try ContentLoader(siteDirectory: siteDirectory).load())
        let planned = try planURLs(pages)
        let rendered = await renderMarkdown(planned, config: config, unpublished: unpublished)
        let context = try pageContext(rendered, config: config)
        let files = try await renderPages(rendered, context: context, theme: theme)
        let published = try publish(rendered, files: files, context: context, theme: theme)
        return BuiltSite(config: config, pages: rendered, files: files + published + staticFiles(theme),
                         unpublished: unpublished)
    }

    /// Only the static files (`static/…`), read again: all that a change under static/ or templates/static/
    /// alters, since templates link to them by fixed paths. The preview server swaps them in without
    /// rendering pages.
    public func buildStaticFiles() throws(BuildError) -> [OutputFile] {
        staticFiles(try loadTheme())
    }

    /// Builds, then replaces `output` with the result; on any error `output` is left as it was.
    @discardableResult
    public func build(into output: OutputDirectory) async throws(BuildError) -> BuiltSite {
        let site = try await build()
        do {
            try output.replace(with: site.files)
        } catch {
            throw .output(error)
        }
        return site
    }

    // MARK: Stages

    func loadConfiguration() throws(BuildError) -> SiteConfig {
        do {
            var config = try SiteConfig.load(siteDirectory: siteDirectory)
            if let baseURLOverride { config.baseURL = baseURLOverride }
            return config
        } catch {
            throw .content(error)
        }
    }

    func loadTheme() throws(BuildError) -> Theme {
        do {
            return try Theme.load(siteDirectory: siteDirectory)
        } catch {
            throw .template(error)
        }
    }

    /// Leaves out drafts and pages dated in the future, unless asked to publish them; returns the sources
    /// left out too, so links to them can be reported as such.
    func selectPublished(_ pages: [Page]) -> (published: [Page], unpublished: [String]) {
        let now = Timestamp(self.now ?? ((try? BuildClock.now()) ?? Date()))
        var published: [Page] = []
        var unpublished: [String] = []
        for page in pages {
            let isDraft = page.frontmatter.draft && !includeDrafts
            let isFuture = !includeFuture && page.frontmatter.date.map { Timestamp($0) > now } == true
            if isDraft || isFuture {
                unpublished.append(page.source)
            } else {
                published.append(page)
            }
        }
        return (published, unpublished)
    }

    /// Gives every page its output path, refusing unsafe slugs and two pages on one URL; newest first.
    func planURLs(_ pages: [Page]) throws(BuildError) -> [(page: Page, path: String)] {
        var errors: [BuildError] = []
        var byPath: [String: [String]] = [:]
        var planned: [(page: Page, path: String)] = []
        for page in pages {
            guard RenderedPage.isSafe(slug: page.slug) else {
                errors.append(.unsafeSlug(SourceLocation(file: page.source, line: page.frontmatter.keyLines["slug"]),
                                          slug: page.slug))
                continue
            }
            let path = RenderedPage.path(forSlug: page.slug)
            byPath[path, default: []].append(page.source)
            planned.append((page, path))
        }
        for (path, files) in byPath.sorted(by: { $0.key < $1.key }) where files.count > 1 {
            errors.append(.duplicateURL(url: "/" + path, files: files))
        }
        if !errors.isEmpty { throw BuildError(errors) }
        return planned.sorted { Self.isNewer($0.page, than: $1.page) }
    }

    /// Renders every page's Markdown, one task per page; links to other content files (`other.md#part`)
    /// become links to their pages.
    func renderMarkdown(_ planned: [(page: Page, path: String)], config: SiteConfig,
                        unpublished: [String] = []) async -> [RenderedPage] {
        let links = ContentLinkResolver(pages: planned.map { ($0.page.source, $0.path) }, unpublished: unpublished,
                                        urls: URLBuilder(config: config))
        return await Self.concurrentMap(planned) { item in
            let source = item.page.source
            let renderer = MarkdownRenderer(allowsRawHTML: config.unsafe,
                                            linkResolver: { links.href(for: $0, from: source) })
            return RenderedPage(page: item.page, path: item.path,
                                markdown: renderer.render(item.page.body, firstLine: item.page.bodyStartLine))
        }
    }

    /// What every template sees: the site, the tags, the timeline's events and the menu.
    func pageContext(_ pages: [RenderedPage], config: SiteConfig) throws(BuildError) -> PageContext {
        let labels = ThemeLabels.labels(for: config.language)
        var context = PageContext(config: config, menu: [(title: labels["home"] ?? "", path: "")])
        context.tags = try TagIndex(pages: pages)
        context.events = try timelineEvents(pages, urls: context.urls)
        context.menu += corpusPages.filter { $0.isListed(in: context) }
            .map { (title: labels[$0.labelKey] ?? $0.labelKey, path: $0.path) }
        return context
    }

    /// Every dated event of the corpus, in order: the timeline shows them, the statistics count them.
    func timelineEvents(_ pages: [RenderedPage], urls: URLBuilder) throws(BuildError) -> [TimelineEvent] {
        let extractor = TimelineExtractor()
        var events: [TimelineEvent] = []
        var errors: [BuildError] = []
        for (index, page) in pages.enumerated() {
            do {
                events += try extractor.events(in: page, articleIndex: index, urls: urls)
            } catch {
                errors.append(.timeline(error))
            }
        }
        if !errors.isEmpty { throw BuildError(errors) }
        return TimelineExtractor.sorted(events)
    }

    /// Renders article pages, the index and the 404 page through the theme.
    func renderPages(_ pages: [RenderedPage], context: PageContext, theme: Theme) async throws(BuildError) -> [OutputFile] {
        for name in ["article", "index", "not-found", "tags", "tag", "search"] where !theme.hasTemplate(name) {
            throw .template(.missing(name: name))
        }
        // The corpus pages (timeline, statistics: the slowest, they read every article) run beside the articles.
        let corpusPages = self.corpusPages
        async let corpusFiles = Self.concurrentMap(corpusPages) { corpusPage -> Result<[OutputFile], BuildError> in
            do throws(BuildError) {
                return .success(try corpusPage.files(for: pages, context: context, theme: theme))
            } catch {
                return .failure(error)
            }
        }
        let labels = context.labels
        let articles = await Self.concurrentMap(pages) { rendered -> Result<OutputFile, TemplateError> in
            do throws(TemplateError) {
                let html = try theme.render(context.context(page: context.article(rendered), path: rendered.path),
                                            with: "article")
                return .success(OutputFile(path: rendered.path + "index.html", text: html))
            } catch {
                return .failure(error)
            }
        }
        var files: [OutputFile] = []
        for article in articles {
            switch article {
            case let .success(file): files.append(file)
            case let .failure(error): throw .template(error)
            }
        }
        files += try IndexPages(perPage: context.config.paginate).files(for: pages, context: context, theme: theme)
        do {
            files.append(OutputFile(path: "404.html", text: try theme.render(
                context.context(page: context.listPage(title: labels["notFound"] ?? "404", path: "404.html"),
                                path: "404.html"),
                with: "not-found")))
        } catch {
            throw .template(error)
        }
        var errors: [BuildError] = []
        for result in await corpusFiles {
            switch result {
            case let .success(pageFiles): files += pageFiles
            case let .failure(error): errors.append(error)
            }
        }
        if !errors.isEmpty { throw BuildError(errors.flatMap(\.problems)) }
        return files
    }

    /// The files that make the site findable: the search page and index, the Atom feed, the sitemap
    /// and robots.txt. `files` are the pages written so far, for the sitemap.
    func publish(_ pages: [RenderedPage], files: [OutputFile], context: PageContext,
                 theme: Theme) throws(BuildError) -> [OutputFile] {
        let urls = context.urls
        var published = try SearchPage().files(for: pages, context: context, theme: theme)
        if let feed = FeedWriter(config: context.config, urls: urls).file(for: pages) {
            published.append(feed)
        }
        let entries = SitemapWriter.entries(files: files + published, articles: pages)
        if let sitemap = SitemapWriter(urls: urls).file(for: entries) { published.append(sitemap) }
        published.append(RobotsWriter(urls: urls).file())
        return published
    }

    func staticFiles(_ theme: Theme) -> [OutputFile] {
        theme.staticFiles.sorted { $0.key < $1.key }.map { OutputFile(path: "static/\($0.key)", contents: $0.value) }
    }

    // MARK: Helpers

    static func isNewer(_ a: Page, than b: Page) -> Bool {
        switch (a.frontmatter.date, b.frontmatter.date) {
        case let (x?, y?) where x != y: return x > y
        case (.some, nil): return true
        case (nil, .some): return false
        default: return a.source < b.source
        }
    }

    /// `transform` over `items` on all cores, results in the order of `items`.
    static func concurrentMap<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        await withTaskGroup(of: (Int, Result).self) { group in
            for (index, item) in items.enumerated() {
                group.addTask { (index, transform(item)) }
            }
            var results = [Result?](repeating: nil, count: items.count)
            for await (index, result) in group { results[index] = result }
            return results.map { $0! }
        }
    }
}

/// A built site in memory: its configuration, its pages and every file to write.
public struct BuiltSite: Sendable {
    public var config: SiteConfig
    public var pages: [RenderedPage]
    public var files: [OutputFile]
    /// Content files left out: drafts and pages dated in the future.
    public var unpublished: [String] = []
}
