import Foundation

/// Builds a site folder into files, as a short sequence of named stages.
///
/// `build()` produces the site in memory (the preview server serves that); `build(into:)` then writes
/// it to an output folder all at once.
public struct SiteBuilder: Sendable {
    public var siteDirectory: URL
    /// Overrides `baseURL` from stele.yml (`--base-url`).
    public var baseURLOverride: String?

    public init(siteDirectory: URL, baseURLOverride: String? = nil) {
        self.siteDirectory = siteDirectory
        self.baseURLOverride = baseURLOverride
    }

    /// Pages made from the whole corpus, in menu order.
    let corpusPages: [any CorpusPage] = []

    /// Runs every stage and returns the site's files, without writing anything.
    public func build() async throws(BuildError) -> BuiltSite {
        let config = try loadConfiguration()
        let theme = try loadTheme()
        let pages = try ContentLoader(siteDirectory: siteDirectory).load()
        let planned = try planURLs(pages)
        let rendered = await renderMarkdown(planned, config: config)
        let files = try await renderPages(rendered, config: config, theme: theme)
        return BuiltSite(config: config, pages: rendered, files: files + staticFiles(theme))
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

    /// Renders every page's Markdown, one task per page.
    func renderMarkdown(_ planned: [(page: Page, path: String)], config: SiteConfig) async -> [RenderedPage] {
        let renderer = MarkdownRenderer(allowsRawHTML: config.unsafe)
        return await Self.concurrentMap(planned) { item in
            RenderedPage(page: item.page, path: item.path,
                         markdown: renderer.render(item.page.body, firstLine: item.page.bodyStartLine))
        }
    }

    /// Renders article pages, the index and the 404 page through the theme.
    func renderPages(_ pages: [RenderedPage], config: SiteConfig, theme: Theme) async throws(BuildError) -> [OutputFile] {
        for name in ["article", "index", "not-found"] where !theme.hasTemplate(name) {
            throw .template(.missing(name: name))
        }
        let labels = ThemeLabels.labels(for: config.language)
        let menu = [(title: labels["home"] ?? "", path: "")]
            + corpusPages.map { (title: labels[$0.labelKey] ?? $0.labelKey, path: $0.path) }
        let context = PageContext(config: config, menu: menu)
        let articles = await Self.concurrentMap(pages) { rendered in
            let html = (try? theme.render(context.context(page: context.article(rendered), path: rendered.path),
                                          with: "article")) ?? ""
            return OutputFile(path: rendered.path + "index.html", text: html)
        }
        var files = articles
        do {
            files.append(OutputFile(path: "index.html", text: try theme.render(
                context.context(page: context.listPage(title: config.title, path: ""), path: "",
                                extra: ["pages": pages.map(context.summary)]),
                with: "index")))
            files.append(OutputFile(path: "404.html", text: try theme.render(
                context.context(page: context.listPage(title: labels["notFound"] ?? "404", path: "404.html"),
                                path: "404.html"),
                with: "not-found")))
        } catch {
            throw .template(error)
        }
        for corpusPage in corpusPages {
            files += try corpusPage.files(for: pages, context: context, theme: theme)
        }
        return files
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
}
