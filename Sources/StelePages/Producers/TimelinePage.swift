import SteleAnalysis
import SteleMarkdown

/// The timeline: `timeline/index.html` with every event, `timeline/<slug>/index.html` with one article's
/// (filtering by article without JavaScript), and `timeline.json`.
public struct TimelinePage: PageProducer {
    static let path = "timeline/"

    public init() {}

    public func menuEntry(in site: SiteContext) -> MenuLink? { MenuLink(labelKey: "timeline", path: Self.path) }

    public func output(for site: SiteContext) -> [PageOutput] {
        let events = site.analysis.events
        let byArticle = Dictionary(grouping: events, by: \.articlePath)
        let articles = site.pages.filter { byArticle[$0.path] != nil }
        let filters = Filters(articles: articles, counts: byArticle.mapValues(\.count), total: events.count)
        var outputs: [PageOutput] = [.file(OutputFile(path: "timeline.json", text: TimelineJSON.encode(events, urls: site.urls)))]
        outputs.append(page(events, article: nil, filters: filters, site: site))
        for article in articles {
            outputs.append(page(byArticle[article.path] ?? [], article: article, filters: filters, site: site))
        }
        return outputs
    }

    /// The folder of one article's timeline: `timeline/<slug>/`.
    static func path(for article: RenderedPage) -> String { Self.path + article.page.slug + "/" }

    /// The articles that have events, and how many each has: the filter list of the main timeline page.
    private struct Filters {
        var articles: [RenderedPage]
        var counts: [String: Int]
        var total: Int
    }

    private func page(_ events: [TimelineEvent], article: RenderedPage?, filters: Filters, site: SiteContext) -> PageOutput {
        let wording = TimelineLabels(language: site.config.language)
        let labels = site.labels.merging(wording.labels) { $1 }
        let timelineTitle = labels["timeline"] ?? "timeline"
        let pagePath = article.map(Self.path(for:)) ?? Self.path
        let title = article.map { wording.title(timeline: timelineTitle, article: $0.title) } ?? timelineTitle

        // An article's page links back to all events and names itself, rather than listing every article
        // again: that would grow the timeline with the square of the number of articles.
        let listed = article.map { [$0] } ?? filters.articles
        let all = TimelineView.Filter(title: labels["timelineAll"] ?? "", url: site.urls.url(Self.path),
                                      count: filters.total, current: article == nil)
        let view = TimelineView(
            summary: wording.summary(events: events.count, articles: Set(events.map(\.articlePath)).count),
            hasEvents: !events.isEmpty,
            filtered: article != nil,
            filters: [all] + listed.map { page in
                .init(title: page.title, url: site.urls.url(Self.path(for: page)), count: filters.counts[page.path] ?? 0,
                      current: page.path == article?.path)
            },
            hasFilters: filters.articles.count > 1,
            decades: decades(events, wording: wording, urls: site.urls),
            axis: TimelineAxis(events: events.enumerated().map { number, event in
                TimelineAxis.Mark(date: event.start, anchor: Self.anchor(number),
                                  title: "\(wording.text(event.start)) \(event.text)")
            }, title: labels["timelineAxis"] ?? "").svg())
        return .page(path: pagePath + "index.html", template: "timeline",
                     view: site.template(page: site.listPage(title: title, path: pagePath), path: Self.path,
                                         extra: TimelineKeys(timeline: view, labels: labels)))
    }

    /// Events grouped by decade, then by year of their start, for the page and its navigation.
    /// `events` are in timeline order; each keeps its place in it as its anchor, `event-<n>`.
    private func decades(_ events: [TimelineEvent], wording: TimelineLabels, urls: URLBuilder) -> [TimelineView.Decade] {
        let numbered = events.enumerated().map { (number: $0, event: $1) }
        let byYear = Dictionary(grouping: numbered, by: \.event.start.year)
        let byDecade = Dictionary(grouping: byYear.keys, by: { $0 - $0 % 10 })
        return byDecade.keys.sorted().map { decade in
            let years = (byDecade[decade] ?? []).sorted()
            return .init(
                id: "d\(decade)", label: wording.decade(decade),
                title: years.count == 1 ? wording.year(years[0]) : wording.decade(decade),
                years: years.map { year in
                    .init(id: "y\(year)", year: year, label: wording.year(year), showsTitle: years.count > 1,
                          events: (byYear[year] ?? []).map { entry($0.event, number: $0.number, wording: wording, urls: urls) })
                })
        }
    }

    /// The anchor of the `number`th event of a page.
    static func anchor(_ number: Int) -> String { "event-\(number + 1)" }

    private func entry(_ event: TimelineEvent, number: Int, wording: TimelineLabels, urls: URLBuilder) -> TimelineView.Event {
        let start = wording.textWithinYear(event.start) ?? (event.end == nil ? nil : wording.text(event.start))
        return .init(
            id: Self.anchor(number),
            start: start.map { .init(iso: event.start.iso, text: $0) },
            end: event.end.map { .init(iso: $0.iso, text: wording.textWithinYear(end: $0, after: event.start)) },
            precision: event.precision.rawValue, text: event.text, url: urls.url(of: event), article: event.article)
    }
}
