/// The statistics page (`stats/index.html`) and its data (`stats.json`): the size of the corpus and of
/// each article, its words, and every figure the texts cite.
public struct StatisticsPage: PageProducer {
    static let path = "stats/"
    static let jsonPath = "stats.json"

    public init() {}

    /// stats.json lists every quantity: 88 MB at 10,000 articles, written on one core.
    public var streamsLongFile: Bool { true }

    public func menuEntry(in site: SiteContext) -> MenuLink? { MenuLink(labelKey: "statistics", path: Self.path) }

    public func output(for site: SiteContext) -> [PageOutput] {
        let stats = statistics(of: site)
        return [
            page(site, stats),
            .stream(StreamedFile(path: Self.jsonPath) { consume in stats.json.write(chunks: consume) }),
        ]
    }

    /// The page alone, without stats.json: what `stele serve` shows at once after an edit (see
    /// `SiteBuilder.editedArticlePages`). Writing stats.json takes a second at 10,000 articles, so it
    /// comes with the full build. Its view is made when it is rendered, beside the step's other pages:
    /// made first, it held the step up by a few milliseconds.
    public func pageOutput(for site: SiteContext) -> PageOutput {
        .deferredPage(path: Self.path + "index.html", template: "stats") { view(site, statistics(of: site)) }
    }

    private func statistics(of site: SiteContext) -> StatisticsContext {
        StatisticsContext(report: site.analysis.statistics, urls: site.urls,
                          labels: StatisticsLabels(language: site.config.language))
    }

    private func page(_ site: SiteContext, _ stats: StatisticsContext) -> PageOutput {
        .page(path: Self.path + "index.html", template: "stats", view: view(site, stats))
    }

    private func view(_ site: SiteContext, _ stats: StatisticsContext) -> any TemplateView {
        let page = site.listPage(title: site.labels["statistics"] ?? "statistics", path: Self.path)
        return site.template(page: page, path: Self.path, extra: StatisticsKeys(stats: stats.view))
    }
}
