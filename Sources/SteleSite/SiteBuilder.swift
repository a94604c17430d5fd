import Foundation
import SteleAnalysis
import SteleContent
import SteleMarkdown
import StelePages
import SteleSupport
import SteleText

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
    /// Told each stage and each rendered article, for a progress line; nil when no one is watching.
    public var progress: BuildProgress?
    /// Each article's analysis from the builds before, for a process that builds again and again
    /// (`stele serve`); nil: every article is analysed.
    public var analysisCache: AnalysisCache?
    /// Whether `publish(into:strict:)` records what it wrote in the site's `.stele-cache/`, and skips a
    /// build whose inputs and output are as it left them (`BuildManifest`).
    public var keepsManifest = false
    /// The pages of the builds before, for a process that builds again and again (`stele serve`): only
    /// pages whose views changed are rendered; nil: every page is.
    public var renderMemo: RenderMemo?
    /// The content files of the builds before, for a process that builds again and again (`stele
    /// serve`): only changed files are parsed again; nil: every file is.
    public var contentMemo: ContentMemo?
    /// The rendered Markdown of the builds before (`stele serve`): only changed pages go through cmark
    /// again; nil: every page does.
    public var markdownMemo: MarkdownMemo?
    /// Keeps the search index each build makes, so that `editedArticlePages` can put an edit into it
    /// (`stele serve`); nil keeps none.
    public var searchIndexMemo: SearchIndexMemo?
    /// Keeps the corpus's word tables each build counts, so that `editedArticlePages` can count an edit
    /// into them and show the statistics page at once (`stele serve`); nil keeps none.
    public var wordTallyMemo: WordTallyMemo?
    /// Keeps the parts of the feed each build writes, so that `editedArticlePages` can put an edited
    /// article's entry into it (`stele serve`); nil keeps none.
    public var feedMemo: FeedMemo?
    /// Whether the word tables stay loaded after the analysis, for the next build in this process
    /// (`stele serve`, a test run). A process that builds once (`stele build`, `stele check`) lets them
    /// go, about 50 MB with jieba's, before it writes the pages.
    public var keepsWordTables = true

    public init(siteDirectory: URL, baseURLOverride: String? = nil, includeDrafts: Bool = false,
                includeFuture: Bool = false, now: Date? = nil) {
        self.siteDirectory = siteDirectory
        self.baseURLOverride = baseURLOverride
        self.includeDrafts = includeDrafts
        self.includeFuture = includeFuture
        self.now = now
    }

    /// Keeps each article's analysis for the next build: in this process unless `inProcess` is false
    /// (a process that builds once), and in the site's `.stele-cache/` when `onDisk` (see
    /// `AnalysisStore`), with a record of the output each build writes (`BuildManifest`). Output bytes
    /// are the same either way.
    public mutating func keepAnalysis(onDisk: Bool, inProcess: Bool = true) {
        analysisCache = AnalysisCache(store: onDisk ? AnalysisStore(siteDirectory: siteDirectory) : nil,
                                      remembers: inProcess)
        keepsManifest = onDisk
    }

    /// Runs every stage and returns the site's files, without writing anything.
    public func build() async throws(BuildError) -> BuiltSite {
        try await build(from: try await readInputs())
    }

    /// The first stages: the settings, the theme and the content files to publish, read and checked.
    /// All that decides the output besides Stele itself and the word tables (see `BuildManifest`).
    public func readInputs() async throws(BuildError) -> SiteInputs {
        try checkSiteFolder()
        progress?.begin("reading")
        var config = try loadConfiguration()
        let theme = try loadTheme()
        let loaded = try await loadContent()
        let contentFiles = loaded.allSatisfy { $0.fileDigest != nil } ? loaded.map { ($0.source, $0.fileDigest!) } : nil
        let (pages, unpublished, window) = selectPublished(loaded)
        var notes: [Diagnostic] = []
        if !hasSettingsFile {
            let note: Diagnostic
            (config, note) = ConfigGuess(siteDirectory: siteDirectory, pages: pages).apply(to: config)
            notes.append(note)
        }
        return SiteInputs(config: config, theme: theme, pages: pages, unpublished: unpublished, notes: notes, window: window,
                          contentFiles: contentFiles)
    }

    /// The other stages, from what `readInputs()` read. With `staged`, each batch of files is written
    /// there as soon as it is rendered and the built site holds none of them (`BuiltSite.files` is
    /// empty): a build then never holds every page's HTML at once.
    ///
    /// `inputs` is taken, not borrowed: its pages' Markdown is let go as it is rendered (see
    /// `renderMarkdown`), unless a `MarkdownMemo` keeps it for the next build.
    public func build(from inputs: consuming SiteInputs, writingInto staged: StagedOutput? = nil)
        async throws(BuildError) -> BuiltSite
    {
        let config = inputs.config
        let planned = try planURLs(inputs.pages)
        inputs.pages = []
        let links = Self.links(to: planned, unpublished: inputs.unpublished, config: config)
        // Pages written as they are made render each article's HTML as its page is written, from its
        // file read again: no build holds every article's HTML (a tenth of its memory at 10,000).
        let htmlLater = staged != nil && markdownMemo == nil
        let (rendered, analysis, summaries) = try await renderAndAnalyse(consume planned, config: config, links: links,
                                                                         htmlLater: htmlLater)
        if !keepsWordTables { WordSources.forgetLoadedTables() }
        let site = SiteContext(config: config, pages: consume rendered, analysis: analysis, producers: Self.producers,
                               summaries: summaries, articleHTML: htmlLater ? articleHTML(config: config, links: links) : nil,
                               searchIndexMemo: searchIndexMemo, feedMemo: feedMemo)
        progress?.begin("writing pages")
        var produced = ProducedFiles(renderer: PageRenderer(theme: inputs.theme, memo: renderMemo), staged: staged)
        renderMemo?.startBuild()
        let context: SiteContext
        do throws(BuildError) {
            // Pages written as they are made need not hold every article's HTML and text to the end; a
            // site built in memory keeps them (the preview server renders an edited article against it).
            context = try await producePages(consume site, lettingArticlesGo: staged != nil, into: &produced)
            try await produced.add(staticFiles(inputs.theme).map(PageOutput.file))
        } catch {
            // Nothing may still be writing when the caller throws the staging folder away.
            try? await produced.finish()
            throw error
        }
        try await produced.finish()
        renderMemo?.finishBuild()
        return BuiltSite(config: config, pages: context.pages, files: produced.files, fileCount: produced.fileCount,
                         byteCount: produced.byteCount, unpublished: inputs.unpublished,
                         pagesByTemplate: produced.pagesByTemplate, notes: inputs.notes, context: context,
                         theme: inputs.theme, links: links)
    }

    /// Only the static files (`static/…`), read again: all that a change under static/ or templates/static/
    /// alters, since templates link to them by fixed paths. The preview server swaps them in without
    /// rendering pages.
    public func buildStaticFiles() throws(BuildError) -> [OutputFile] {
        staticFiles(try loadTheme())
    }

    /// Builds, writing each batch of files into a staging folder as it is made, then swaps that in as
    /// `output`; on any error `output` is left as it was. The site returned holds no files.
    @discardableResult
    public func build(into output: OutputDirectory) async throws(BuildError) -> BuiltSite {
        try await build(into: output, from: try await readInputs())
    }

    func build(into output: OutputDirectory, from inputs: consuming SiteInputs) async throws(BuildError) -> BuiltSite {
        let staged: StagedOutput
        do {
            staged = try output.stage()
        } catch {
            throw .output(error)
        }
        do throws(BuildError) {
            let site = try await build(from: consume inputs, writingInto: staged)
            do {
                try staged.commit()
            } catch {
                throw .output(error)
            }
            return site
        } catch {
            staged.discard()
            throw error
        }
    }

    /// What makes the site's pages and files, the corpus pages in menu order. The sitemap comes after
    /// them all, since it lists what they made.
    static let producers: [any PageProducer] = [
        ArticlePages(), IndexPages(), NotFoundPage(), TimelinePage(), TagPages(), StatisticsPage(), SearchPage(),
        FeedFile(), RobotsFile(),
    ]

    // MARK: Stages

    /// Whether the site has a stele.yml: without one, its title and language are guessed (`ConfigGuess`).
    var hasSettingsFile: Bool {
        FileManager.default.fileExists(atPath: siteDirectory.appendingPathComponent(SiteConfig.fileName).path)
    }

    /// A mistyped folder must not build "0 pages" (or be created by writing output into it).
    package func checkSiteFolder() throws(BuildError) {
        let fileManager = FileManager.default
        var isDirectory: ObjCBool = false
        // As the user typed it: `sitee`, not the absolute path it resolves to.
        let place = SourceLocation(file: siteDirectory.relativePath)
        guard fileManager.fileExists(atPath: siteDirectory.path, isDirectory: &isDirectory) else {
            throw .content(.notASite(place, reason: "no such folder"))
        }
        guard isDirectory.boolValue else { throw .content(.notASite(place, reason: "a file, not a site folder")) }
        let hasContent = fileManager.fileExists(atPath: siteDirectory.appendingPathComponent(ContentLoader.folderName).path)
        guard hasSettingsFile || hasContent else {
            throw .content(.notASite(place, reason: "neither \(SiteConfig.fileName) nor a \(ContentLoader.folderName)/ folder "
                + "is here: is this the site's folder?"))
        }
    }

    func loadConfiguration() throws(BuildError) -> SiteConfig {
        do throws(ContentError) {
            var config = try SiteConfig.load(siteDirectory: siteDirectory)
            if let baseURLOverride {
                guard SiteConfig.isBaseURL(baseURLOverride) else {
                    throw ContentError.wrongType(SourceLocation(file: "--base-url"), key: "--base-url",
                                                 expected: "an absolute URL (https://example.org/docs/) or a path (/docs/)")
                }
                config.baseURL = baseURLOverride
            }
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

    /// Every content file, parsed; the errors of all files at once.
    func loadContent() async throws(BuildError) -> [Page] {
        var pages: [Page] = []
        var errors: [BuildError] = []
        for result in await ContentLoader(siteDirectory: siteDirectory).load(memo: contentMemo) {
            switch result {
            case let .success(page): pages.append(page)
            case let .failure(error): errors.append(.content(error))
            }
        }
        if !errors.isEmpty { throw BuildError(errors) }
        return pages
    }

    /// Leaves out drafts and pages dated in the future, unless asked to publish them; returns the sources
    /// left out too, so links to them can be reported as such, and while which times the same pages
    /// would be published (nil with `--future`, when the dates do not decide).
    func selectPublished(_ pages: [Page]) -> (published: [Page], unpublished: [String], window: PublicationWindow?) {
        let now = Timestamp(publishingTime)
        var published: [Page] = []
        var unpublished: [String] = []
        var window = PublicationWindow()
        for page in pages {
            let isDraft = page.frontmatter.draft && !includeDrafts
            let date = page.frontmatter.date.map(Timestamp.init)
            let isFuture = !includeFuture && date.map { $0 > now } == true
            if isDraft || isFuture {
                unpublished.append(page.source)
                if isFuture, let seconds = date?.secondsSince1970 {
                    window.earliestDue = min(window.earliestDue ?? seconds, seconds)
                }
            } else {
                published.append(page)
                if let seconds = date?.secondsSince1970 {
                    window.latestPublished = max(window.latestPublished ?? seconds, seconds)
                }
            }
        }
        return (published, unpublished, includeFuture ? nil : window)
    }

    /// The time that decides which pages are in the future: `now` when set, else `SOURCE_DATE_EPOCH`
    /// or the clock.
    var publishingTime: Date { now ?? ((try? BuildClock.now()) ?? Date()) }

    /// Gives every page its output path, refusing unsafe slugs and two pages on one URL; newest first.
    func planURLs(_ pages: [Page]) throws(BuildError) -> [(page: Page, path: String)] {
        var errors: [BuildError] = []
        var byPath: [String: [String]] = [:]
        var planned: [(page: Page, path: String)] = []
        for page in pages {
            guard RenderedPage.isSafe(slug: page.slug) else {
                errors.append(.unsafeSlug(page.location(ofKey: "slug"), slug: page.slug))
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

    /// Where links to other content files (`other.md#part`) lead: to the pages of `planned`, or to
    /// nothing for the files left `unpublished`.
    static func links(to planned: [(page: Page, path: String)], unpublished: [String], config: SiteConfig)
        -> ContentLinkResolver
    {
        ContentLinkResolver(pages: planned.map { ($0.page.source, $0.path) }, unpublished: unpublished,
                            urls: URLBuilder(config: config))
    }

    /// Every page rendered, the corpus analysed and the summaries chosen. The word tables are read
    /// while the articles are rendered (about a second), and let go with this scope: nothing after
    /// the analysis holds them.
    func renderAndAnalyse(_ planned: consuming [(page: Page, path: String)], config: SiteConfig, links: ContentLinkResolver,
                          htmlLater: Bool = false)
        async throws(BuildError) -> (pages: [RenderedPage], analysis: CorpusAnalysis, summaries: [String: String])
    {
        async let words = loadWords(config: config)
        progress?.begin("rendering", total: planned.count)
        let rendered = await renderMarkdown(consume planned, config: config, links: links, memo: markdownMemo,
                                            htmlLater: htmlLater)
        // Summaries depend on the pages alone: chosen beside the analysis, whose merge runs on one core.
        async let summaries = SiteContext.summaries(of: rendered)
        progress?.begin("analysing")
        let analysis = try await analyse(rendered, words: try await words.get())
        return (rendered, analysis, await summaries)
    }

    /// Renders every page's Markdown, many at once, links to other content files resolved by `links`;
    /// with `memo`, a page the build before rendered from the same file, at the same address and with
    /// the same links is taken as it was.
    ///
    /// Without `memo`, each page's Markdown is let go once rendered (`page.body` is empty): nothing
    /// after reads it, and the bodies were a tenth of a large build's peak memory. With `htmlLater` (and
    /// no memo), pages loaded from a file are rendered without their HTML, which `articleHTML` makes
    /// again from the file when the article's page is written.
    func renderMarkdown(_ planned: consuming [(page: Page, path: String)], config: SiteConfig,
                        links: ContentLinkResolver, memo: MarkdownMemo? = nil, htmlLater: Bool = false)
        async -> [RenderedPage] {
        let progress = self.progress
        let setting = MarkdownMemo.Setting(allowsRawHTML: config.unsafe, links: links)
        let before = memo?.pages(renderedWith: setting) ?? [:]
        let keepsBodies = memo != nil
        let rendered = await (consume planned).map { PlannedPage(page: $0.page, path: $0.path) }.concurrentMap {
            item -> (page: RenderedPage, wasKept: Bool) in
            defer { progress?.advance() }
            let source = item.page.source
            if let kept = before[source], kept.path == item.path, kept.page == item.page { return (kept, true) }
            var renderer = Self.markdownRenderer(for: item.page, config: config, links: links)
            renderer.rendersHTML = !(htmlLater && memo == nil && Self.canBeRenderedAgain(item.page))
            let markdown = renderer.render(item.page.body, firstLine: item.page.bodyStartLine)
            var page = item.page
            if !keepsBodies { page.body = "" }
            return (RenderedPage(page: page, path: item.path, markdown: markdown), false)
        }
        memo?.keep(rendered.map(\.page), reused: rendered.count { $0.wasKept }, renderedWith: setting)
        return rendered.map(\.page)
    }

    /// How `page`'s Markdown is rendered: raw HTML as the site allows, links to other content resolved.
    static func markdownRenderer(for page: Page, config: SiteConfig, links: ContentLinkResolver) -> MarkdownRenderer {
        MarkdownRenderer(allowsRawHTML: config.unsafe, linkResolver: { [source = page.source] in links.href(for: $0, from: source) })
    }

    /// Whether `page` can be rendered again from its file: only a page loaded from one, with the digest
    /// that tells whether the file is still as it was (pages made in memory keep their HTML).
    static func canBeRenderedAgain(_ page: Page) -> Bool { page.fileDigest != nil }

    /// An article's HTML, rendered again from its file (which must be as it was loaded) for a build
    /// that rendered it without (`renderMarkdown(htmlLater:)`); a page that kept its HTML gives it.
    func articleHTML(config: SiteConfig, links: ContentLinkResolver)
        -> @Sendable (RenderedPage) throws(ContentError) -> String
    {
        let loader = ContentLoader(siteDirectory: siteDirectory)
        return { rendered throws(ContentError) in
            guard Self.canBeRenderedAgain(rendered.page) else { return rendered.markdown.html }
            let body = try loader.body(of: rendered.page)
            return Self.markdownRenderer(for: rendered.page, config: config, links: links)
                .render(body, firstLine: rendered.page.bodyStartLine).html
        }
    }

    /// The dictionary and word lists the site's settings name.
    func loadWords(config: SiteConfig) -> Result<WordSources, BuildError> {
        Result { () throws(BuildError) in
            do throws(ContentError) {
                return try WordSources.load(config: config, siteDirectory: siteDirectory)
            } catch {
                throw .analysis(.words(error))
            }
        }
    }

    /// Tags, timeline events and statistics of the whole corpus, found once for every page that shows them.
    func analyse(_ pages: [RenderedPage], words: WordSources) async throws(BuildError) -> CorpusAnalysis {
        do throws(AnalysisError) {
            return try await CorpusAnalysis(pages: pages, words: words, cache: analysisCache, wordTallyMemo: wordTallyMemo)
        } catch {
            throw .analysis(error)
        }
    }

    /// How many producers make their views at once, ahead of the pages being rendered. Making views is
    /// mostly one core's work (the timeline's; the statistics page and its stats.json, five seconds at
    /// 10,000 articles; the search index's merge), and one producer ahead left a core idle for a tenth
    /// of a 10,000-article build. Each producer ahead holds its views (and files) until its turn.
    static let producersAhead = 3

    /// Every producer's pages and files, rendered through the theme one producer at a time; the sitemap
    /// last, over them all.
    ///
    /// Producers' views are made while the pages of those before are rendered (see `producersAhead`).
    /// Producers only read the site, so one made ahead of an error is simply dropped.
    ///
    /// With `lettingArticlesGo`, each producer gets `site` with only the parts of the articles it reads
    /// (`PageProducer.readsArticles`), those that read any come first, and each part is let go once the
    /// last producer reading it has started: returned is the context the last producer had. The sitemap
    /// lists the pages in the producers' own order either way.
    func producePages(_ site: consuming SiteContext, lettingArticlesGo: Bool,
                      into produced: inout ProducedFiles) async throws(BuildError) -> SiteContext {
        let producers = Self.producers
        let order = lettingArticlesGo ? Self.readingOrder(producers) : Array(producers.indices)
        let light = lettingArticlesGo ? site.keeping([]) : site
        var withHTML: SiteContext? = lettingArticlesGo ? site.keeping(.html) : site
        var whole: SiteContext? = consume site
        let lastReading = { (part: ArticleParts) in order.lastIndex { producers[$0].readsArticles.contains(part) } ?? -1 }
        let (lastReadingText, lastShowingHTML) = (lastReading(.text), lastReading(.html))
        // Each producer's views, made on a task of their own, from the context it needs.
        func start(_ step: Int) -> Task<Result<[PageOutput], TemplateError>, Never> {
            let producer = producers[order[step]]
            let reads = producer.readsArticles
            let context = reads.contains(.text) ? whole ?? light : reads.contains(.html) ? withHTML ?? light : light
            if step >= lastReadingText { whole = nil }
            if step >= lastShowingHTML { withHTML = nil }
            return Task { () async -> Result<[PageOutput], TemplateError> in
                do throws(TemplateError) {
                    return .success(try await producer.output(for: context))
                } catch {
                    return .failure(error)
                }
            }
        }
        var paths = [[String]](repeating: [], count: producers.count)
        // The producers started and not yet rendered, in order. A task holds what it made as long as it
        // is kept, so each is dropped once its turn comes.
        var running = (0..<min(Self.producersAhead, order.count)).map(start)
        for step in order.indices {
            let made = await running.removeFirst().value
            if step + Self.producersAhead < order.count { running.append(start(step + Self.producersAhead)) }
            let outputs: [PageOutput]
            switch made {
            case let .success(made): outputs = made
            case let .failure(error): throw .template(error)
            }
            paths[order[step]] = outputs.map(\.path)
            try await produced.add(outputs)
        }
        try await produced.add(SitemapFile(paths: Array(paths.joined())).output(for: light))
        return light
    }

    /// The order producers make their pages in when the articles' parts are let go as soon as they can
    /// be: those reading any part first (the article pages, then search, made beside them), then those
    /// streaming a long file (`PageProducer.streamsLongFile`: stats.json, which at 100,000 articles
    /// took one core for 20 s at the end of the build while the other waited), then the rest, each
    /// group in its own order.
    static func readingOrder(_ producers: [any PageProducer]) -> [Int] {
        let reads = producers.map(\.readsArticles)
        let rest = producers.indices.filter { reads[$0].isEmpty }
        return producers.indices.filter { !reads[$0].isEmpty } + rest.filter { producers[$0].streamsLongFile }
            + rest.filter { !producers[$0].streamsLongFile }
    }

    package func staticFiles(_ theme: Theme) -> [OutputFile] {
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
}

/// A built site in memory: its configuration, its pages and every file to write.
public struct BuiltSite: Sendable {
    public var config: SiteConfig
    public var pages: [RenderedPage]
    /// Every file, in memory; empty when they were written as they were made (`build(from:writingInto:)`).
    public var files: [OutputFile]
    /// How many files the build made, and their bytes, wherever they went.
    public var fileCount: Int
    public var byteCount: Int
    /// Content files left out: drafts and pages dated in the future.
    public var unpublished: [String] = []
    /// HTML pages by the template that rendered them (`article`, `index`, `tag`, …).
    public var pagesByTemplate: [String: Int] = [:]
    /// What the build decided for the user (a title and language guessed without stele.yml).
    public var notes: [Diagnostic] = []
    /// What the pages were made from, and the theme they were rendered with: `stele serve` renders an
    /// edited article's page against them before building the whole site again.
    public var context: SiteContext?
    public var theme: Theme?
    /// Where links to content files led in this build.
    public var links: ContentLinkResolver?

    /// What the build went on despite: keys in stele.yml and frontmatter that look mistyped.
    public var warnings: [Diagnostic] {
        (config.warnings + pages.flatMap(\.page.frontmatter.warnings)).sorted()
    }
}

/// A content file and the folder it is written to, between planning and rendering.
private struct PlannedPage: Sendable {
    var page: Page
    var path: String
}
