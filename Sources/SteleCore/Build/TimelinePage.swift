/// The timeline: `timeline/index.html` with every event, `timeline/<slug>/index.html` with one article's
/// (filtering by article without JavaScript), and `timeline.json`.
struct TimelinePage: CorpusPage {
    let labelKey = "timeline"
    let path = "timeline/"

    func files(for pages: [RenderedPage], context: PageContext, theme: Theme) throws(BuildError) -> [OutputFile] {
        let events = context.events

        let counts = Dictionary(grouping: events, by: \.articlePath).mapValues(\.count)
        let articles = pages.filter { counts[$0.path] != nil }
        let filters = Filters(articles: articles, counts: counts, total: events.count)
        var files = [OutputFile(path: "timeline.json", text: TimelineJSON.encode(events))]
        files.append(try render(events, article: nil, filters: filters, context: context, theme: theme))
        let byArticle = Dictionary(grouping: events, by: \.articlePath)
        let pages = articles.concurrentMap { article -> Result<OutputFile, BuildError> in
            do throws(BuildError) {
                return .success(try render(byArticle[article.path] ?? [], article: article, filters: filters,
                                           context: context, theme: theme))
            } catch {
                return .failure(error)
            }
        }
        for page in pages { files.append(try page.get()) }
        return files
    }

    /// The folder of one article's timeline: `timeline/<slug>/`.
    func path(for article: RenderedPage) -> String { path + article.page.slug + "/" }

    /// The articles that have events, and how many each has: the filter list of the main timeline page.
    private struct Filters {
        var articles: [RenderedPage]
        var counts: [String: Int]
        var total: Int
    }

    private func render(_ events: [TimelineEvent], article: RenderedPage?, filters: Filters,
                        context: PageContext, theme: Theme) throws(BuildError) -> OutputFile {
        let wording = TimelineLabels(language: context.config.language)
        let labels = context.labels.merging(wording.labels) { $1 }
        let timelineTitle = labels[labelKey] ?? labelKey
        let pagePath = article.map(path(for:)) ?? path
        let title = article.map { wording.title(timeline: timelineTitle, article: $0.title) } ?? timelineTitle

        // An article's page links back to all events and names itself, rather than listing every article
        // again: that would grow the timeline with the square of the number of articles.
        let listed = article.map { [$0] } ?? filters.articles
        let filterLinks = [["title": labels["timelineAll"] ?? "", "url": context.urls.url(path),
                            "count": filters.total, "current": article == nil] as [String: Any]]
            + listed.map { page -> [String: Any] in
                ["title": page.title, "url": context.urls.url(path(for: page)), "count": filters.counts[page.path] ?? 0,
                 "current": page.path == article?.path]
            }
        let model: [String: Any] = [
            "summary": wording.summary(events: events.count, articles: Set(events.map(\.articlePath)).count),
            "hasEvents": !events.isEmpty,
            "filtered": article != nil,
            "filters": filterLinks,
            "hasFilters": filters.articles.count > 1,
            "decades": decades(events, wording: wording),
        ]
        do {
            let html = try theme.render(
                context.context(page: context.listPage(title: title, path: pagePath), path: path,
                                extra: ["timeline": model, "labels": labels]),
                with: "timeline")
            return OutputFile(path: pagePath + "index.html", text: html)
        } catch {
            throw .template(error)
        }
    }

    /// Events grouped by decade, then by year of their start, for the page and its navigation.
    private func decades(_ events: [TimelineEvent], wording: TimelineLabels) -> [[String: Any]] {
        let byYear = Dictionary(grouping: events, by: \.start.year)
        let byDecade = Dictionary(grouping: byYear.keys, by: { $0 - $0 % 10 })
        return byDecade.keys.sorted().map { decade in
            [
                "id": "d\(decade)",
                "label": wording.decade(decade),
                "years": (byDecade[decade] ?? []).sorted().map { year -> [String: Any] in
                    [
                        "id": "y\(year)",
                        "year": year,
                        "label": wording.year(year),
                        "events": (byYear[year] ?? []).map { entry($0, wording: wording) },
                    ]
                },
            ]
        }
    }

    private func entry(_ event: TimelineEvent, wording: TimelineLabels) -> [String: Any] {
        var entry: [String: Any] = [
            "start": ["iso": event.start.iso, "text": wording.text(event.start)],
            "precision": event.precision.rawValue,
            "text": event.text,
            "url": event.url,
            "article": event.article,
        ]
        if let end = event.end {
            entry["end"] = ["iso": end.iso, "text": wording.text(end: end, after: event.start)]
        }
        return entry
    }
}
