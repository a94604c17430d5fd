import Foundation

/// The statistics page (`stats/index.html`) and its data (`stats.json`): the size of the corpus and of
/// each article, its words, and every figure the texts cite.
struct StatisticsPage: CorpusPage {
    let labelKey = "statistics"
    let path = "stats/"
    static let templateName = "stats"
    static let jsonPath = "stats.json"

    /// The site folder, against which stele.yml's `dictionary:` and `SITE/words.txt` are found.
    var siteDirectory: URL

    func files(for pages: [RenderedPage], context: PageContext, theme: Theme) throws(BuildError) -> [OutputFile] {
        guard theme.hasTemplate(Self.templateName) else { throw .template(.missing(name: Self.templateName)) }
        let report: StatisticsReport
        do {
            let sources = try WordSources.load(config: context.config, siteDirectory: siteDirectory)
            report = try StatisticsReport(pages: pages, sources: sources, eventYears: context.events.map(\.start.year))
        } catch {
            throw .content(error)
        }
        let stats = StatisticsContext(report: report, urls: context.urls,
                                      labels: StatisticsLabels(language: context.config.language))
        let title = context.labels[labelKey] ?? labelKey
        let html: String
        do {
            html = try theme.render(context.context(page: context.listPage(title: title, path: path), path: path,
                                                    extra: ["stats": stats.template]),
                                    with: Self.templateName)
        } catch {
            throw .template(error)
        }
        return [
            OutputFile(path: path + "index.html", text: html),
            OutputFile(path: Self.jsonPath, text: stats.json.serialized()),
        ]
    }
}
