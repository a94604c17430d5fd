import SteleAnalysis
import SteleMarkdown
import SteleSupport

/// The timeline: `timeline/index.html` with every event, `timeline/<slug>/index.html` with one article's
/// (filtering by article without JavaScript), and `timeline.json`.
///
/// A site with more than `pageLimit` events gets an overview instead of one long page: the axis
/// (a bar per year) and the decade/year index on `timeline/index.html`, linking to one page per decade,
/// `timeline/decades/1990/index.html`, that lists its events. A decade of more than `pageLimit` events
/// lists its years instead, each year on its own page, `timeline/years/2015/index.html`, paged by the
/// `Pager` (`timeline/years/2015/page/2/`) past `pageLimit` events; so no page lists more than that.
public struct TimelinePage: PageProducer {
    static let path = "timeline/"
    /// The most events one page lists: more and the main page becomes an overview of decade pages, a
    /// decade's page an index of year pages, a year's page a run of pages. Past a few hundred events
    /// (400 to 550 bytes of HTML each, with its dot on the axis) one page grows too heavy for a phone.
    static let pageLimit = 200
    /// The overview's filter list names only this many articles, those with the most events, so that
    /// it does not grow with the site; every article's page links its own timeline anyway.
    static let overviewFilterLimit = 20

    public init() {}

    public func menuEntry(in site: SiteContext) -> MenuLink? { MenuLink(labelKey: "timeline", path: Self.path) }

    public func output(for site: SiteContext) -> [PageOutput] {
        let events = site.analysis.events
        let byArticle = Dictionary(grouping: events, by: \.articlePath)
        let filters = Filters(pages: site.pages, counts: byArticle.mapValues(\.count), total: events.count)
        let articles = filters.articles
        let urls = site.urls
        var outputs: [PageOutput] = [.stream(StreamedFile(path: "timeline.json") { consume in
            TimelineJSON.write(events, urls: urls, chunks: consume)
        })]
        // Every page's deferred view holds a slice of this one array, not a copy of its events.
        let numbered = Numbered.all(events)
        let layout = Layout(events: numbered)
        outputs += mainPages(numbered, layout: layout, filters: filters, site: site)
        for article in articles {
            // An article of very many events is paged like a crowded year, its anchors counting on.
            let own = Numbered.all(byArticle[article.path] ?? [])
            outputs += pagedRun(own, folder: Self.path(for: article)) { place, chunk in
                page(chunk, kind: .article(article, place), layout: layout, filters: filters, site: site)
            }
        }
        return outputs
    }

    /// The pages of one article's timeline, listing `events` (its own, in timeline order), with the
    /// rest of the corpus's events as `site` has them: what `stele serve` shows at once after an edit
    /// (`SiteBuilder.editedArticlePages`), before the whole timeline is made again.
    public func outputs(for site: SiteContext, article: RenderedPage, events: [TimelineEvent]) -> [PageOutput] {
        guard !events.isEmpty else { return [] }
        // The counts by article, which `SiteContext.replaceArticle` keeps up to date, rather than a
        // walk over every event of the corpus.
        var counts = site.eventCounts
        counts[article.path] = events.count
        let filters = Filters(pages: [article], articleCount: counts.count, counts: [article.path: events.count],
                              total: counts.values.reduce(0, +))
        // An article's page links no decade or year page: it needs no layout of the whole timeline.
        let layout = Layout(events: [])
        let own = Numbered.all(events)
        return pagedRun(own, folder: Self.path(for: article)) { place, chunk in
            page(chunk, kind: .article(article, place), layout: layout, filters: filters, site: site)
        }
    }

    /// The pages of the whole timeline that count events of `years` or list a place of `places`, made
    /// from the events of `site`: the overview and, on a large site, those years' decade pages and the
    /// year pages with those places; on a small site the one page. After an edit, `places` are where
    /// the article's events stand and stood (`SiteContext.replaceArticle`): what `stele serve` shows
    /// at once.
    ///
    /// The other pages of a year wait for the full build, as do the pages of later years. An edit that
    /// adds or drops events moves the events after them from page to page, and their numbers (their
    /// anchors): at 10,000 articles a year runs to some forty pages, which take a quarter of a second.
    public func outputs(for site: SiteContext, listing places: Set<Int>, years: Set<Int>) -> [PageOutput] {
        guard !years.isEmpty else { return [] }
        let filters = Filters(pages: site.pages, counts: site.eventCounts, total: site.analysis.events.count)
        let numbered = Numbered.all(site.analysis.events)
        let decades = Set(years.map(Self.decade(of:)))
        return mainPages(numbered, layout: Layout(events: numbered), filters: filters, site: site) { decade, chunk in
            guard decades.contains(decade) else { return false }
            guard let first = chunk?.first?.number, let last = chunk?.last?.number else { return chunk == nil }
            // A place just past the page's last event is where an event at the page's end stood.
            return places.contains { (first...(last + 1)).contains($0) }
        }
    }

    /// The pages listing `numbered`, the whole timeline: one page, or the overview, the decades' pages
    /// and the years' pages. `including` (a decade, and a year page's events) leaves out the pages of
    /// other decades and years.
    private func mainPages(_ numbered: ArraySlice<Numbered>, layout: Layout, filters: Filters, site: SiteContext,
                           including: (_ decade: Int, _ yearPage: ArraySlice<Numbered>?) -> Bool = { _, _ in true })
        -> [PageOutput]
    {
        guard layout.hasOverview else {
            return [page(numbered, kind: .all, layout: layout, filters: filters, site: site)]
        }
        var outputs = [page(numbered, kind: .overview, layout: layout, filters: filters, site: site)]
        for (decade, entries) in Self.grouped(numbered, by: { Self.decade(of: $0.event.start.year) })
        where including(decade, nil) {
            guard layout.yearPagedDecades.contains(decade) else {
                outputs.append(page(entries, kind: .decade(decade), layout: layout, filters: filters, site: site))
                continue
            }
            outputs.append(page(entries, kind: .decadeOfYears(decade), layout: layout, filters: filters, site: site))
            for (year, entries) in Self.grouped(entries, by: \.event.start.year) {
                outputs += pagedRun(entries, folder: Self.path(forYear: year)) { place, chunk in
                    guard including(decade, chunk) else { return nil }
                    return page(chunk, kind: .year(year, place), layout: layout, filters: filters, site: site)
                }
            }
        }
        return outputs
    }

    /// `events` on pages of at most `pageLimit` under `folder` (`folder`, then `folder/page/2/`, …), each
    /// made by `makePage` from its place in the run and its events.
    private func pagedRun(_ events: ArraySlice<Numbered>, folder: String,
                          makePage: (PageOfRun, ArraySlice<Numbered>) -> PageOutput?) -> [PageOutput] {
        let pager = Pager(folder: folder, size: Self.pageLimit)
        let chunks = pager.chunks(of: events)
        return chunks.enumerated().compactMap { offset, chunk in
            makePage(PageOfRun(number: offset + 1, total: chunks.count, pager: pager), chunk)
        }
    }

    /// `events` grouped by `key`, in the order of the keys, each group in the order of `events`: a slice
    /// of them where the group's events stand together (a decade's and a year's do, in a timeline in
    /// date order), a copy only where they do not.
    private static func grouped<Key: Comparable & Hashable>(_ events: ArraySlice<Numbered>, by key: (Numbered) -> Key)
        -> [(key: Key, events: ArraySlice<Numbered>)]
    {
        // Events in timeline order keep each key together, in ascending order: the runs are the groups,
        // found in one pass without hashing 144,000 keys (a large site's overview and decade pages).
        var runs: [(key: Key, events: ArraySlice<Numbered>)] = []
        var start = events.startIndex
        for index in events.indices where index + 1 == events.endIndex || key(events[index + 1]) != key(events[index]) {
            runs.append((key(events[index]), events[start...index]))
            start = index + 1
        }
        if zip(runs, runs.dropFirst()).allSatisfy({ $0.key < $1.key }) { return runs }
        let places = Dictionary(grouping: events.indices, by: { key(events[$0]) })
        return places.keys.sorted().map { key in
            let indices = places[key] ?? []
            guard let first = indices.first, let last = indices.last, last - first + 1 == indices.count else {
                return (key, ArraySlice(indices.map { events[$0] }))
            }
            return (key, events[first...last])
        }
    }

    /// The folder of one article's timeline: `timeline/<slug>/`.
    static func path(for article: RenderedPage) -> String { Self.path + article.page.slug + "/" }

    /// The folder of one decade's page on a site with an overview: `timeline/decades/1990/`.
    static func path(forDecade decade: Int) -> String { Self.path + "decades/\(decade)/" }

    /// The folder of one year's page, in a decade of more than `pageLimit` events: `timeline/years/2015/`.
    static func path(forYear year: Int) -> String { Self.path + "years/\(year)/" }

    /// The decade a year belongs to: 1990 for 1994.
    static func decade(of year: Int) -> Int { year - year % 10 }

    /// The articles that have events, and how many each has: the filter list of the main timeline page.
    private struct Filters {
        /// The site's articles, and the places among them of those with events: a large site's pages
        /// are not copied for the list (`articles` reads them where they are).
        private var pages: [RenderedPage]
        private var places: [Int]
        /// How many articles have events: more than one gives the page its filters. Only the main page
        /// lists `articles`, so an article's page alone needs no more than this.
        var articleCount: Int
        var counts: [String: Int]
        var total: Int

        /// The filters of `pages` whose events `counts` counts; `articleCount` when it is not theirs.
        init(pages: [RenderedPage], articleCount: Int? = nil, counts: [String: Int], total: Int) {
            self.pages = pages
            places = pages.indices.filter { counts[pages[$0].path] != nil }
            self.articleCount = articleCount ?? places.count
            self.counts = counts
            self.total = total
        }

        /// The articles with events, in the site's order.
        var articles: LazyMapSequence<[Int], RenderedPage> { places.lazy.map { pages[$0] } }

        /// The `limit` articles with the most events, the earlier first among equals. Each count is
        /// looked up once, not at every comparison: sorting 10,000 articles by counts looked up by path
        /// took most of a tenth of a second.
        func mostEvents(_ limit: Int) -> [RenderedPage] {
            let numbers = places.map { counts[pages[$0].path] ?? 0 }
            return numbers.indices.sorted { (numbers[$0], -$0) > (numbers[$1], -$1) }.prefix(limit)
                .map { pages[places[$0]] }
        }
    }

    /// An event and its place on the page that lists it, which names its anchor (`event-<n+1>`); on
    /// decade pages the place in the whole timeline, so an anchor means one event wherever it is.
    private struct Numbered {
        var number: Int
        /// The events numbered, of which this is the `number`th: held, not copied, so that numbering a
        /// large site's 144,000 events copies none of them.
        private var events: [TimelineEvent]

        var event: TimelineEvent { events[number] }

        /// Each of `events`, numbered by its place among them.
        static func all(_ events: [TimelineEvent]) -> ArraySlice<Numbered> {
            ArraySlice(events.indices.map { Numbered(number: $0, events: events) })
        }
    }

    /// Which pages a timeline of these events has, and so where a decade's or a year's events are listed:
    /// every link to a year goes through here, so the overview, the decade pages and the year pages agree.
    private struct Layout {
        /// Whether the main page is an overview of decade pages.
        var hasOverview: Bool
        /// The decades of more than `pageLimit` events, whose pages list years that have pages of their own.
        var yearPagedDecades: Set<Int>

        init(events: ArraySlice<Numbered>) {
            hasOverview = events.count > TimelinePage.pageLimit
            let perDecade = TimelinePage.grouped(events, by: { TimelinePage.decade(of: $0.event.start.year) })
            yearPagedDecades = hasOverview
                ? Set(perDecade.filter { $0.events.count > TimelinePage.pageLimit }.map(\.key)) : []
        }

        /// The site-relative folder that lists `year`'s events (its first page, for a paged year), and the
        /// fragment to add: `timeline/decades/1990/` and `#y1994`, or `timeline/years/2015/` and none.
        func place(ofYear year: Int) -> (folder: String, fragment: String) {
            yearPagedDecades.contains(TimelinePage.decade(of: year))
                ? (TimelinePage.path(forYear: year), "")
                : (TimelinePage.path(forDecade: TimelinePage.decade(of: year)), "#y\(year)")
        }
    }

    /// One page of a year's or an article's events, and where it stands among them.
    private struct PageOfRun {
        var number: Int
        var total: Int
        var pager: Pager

        var path: String { pager.path(forPage: number) }

        /// `title`, and the page's number after the first.
        func title(_ title: String, pagination: PaginationView) -> String {
            number > 1 ? "\(title) · \(pagination.label)" : title
        }
    }

    /// Which timeline page is made.
    private enum Kind {
        /// Every event on one page (a small site).
        case all
        /// The axis and the index of a large site, its events on the decade pages.
        case overview
        case decade(Int)
        /// A decade of more than `pageLimit` events: its axis and years, its events on the year pages.
        case decadeOfYears(Int)
        case year(Int, PageOfRun)
        case article(RenderedPage, PageOfRun)

        var article: RenderedPage? { if case let .article(page, _) = self { page } else { nil } }

        /// The page's folder: `timeline/`, `timeline/decades/1990/`, `timeline/years/2015/page/2/`, …
        var folder: String {
            switch self {
            case .all, .overview: TimelinePage.path
            case let .decade(decade), let .decadeOfYears(decade): TimelinePage.path(forDecade: decade)
            case let .year(_, place), let .article(_, place): place.path
            }
        }
    }

    /// One timeline page, its view made when it is rendered: the views of a large site's thousands of
    /// timeline pages, their axes drawn, are never all held at once.
    private func page(_ events: ArraySlice<Numbered>, kind: Kind, layout: Layout, filters: Filters, site: SiteContext) -> PageOutput {
        .deferredPage(path: kind.folder + "index.html", template: "timeline") {
            view(events, kind: kind, layout: layout, filters: filters, site: site)
        }
    }

    private func view(_ events: ArraySlice<Numbered>, kind: Kind, layout: Layout, filters: Filters, site: SiteContext)
        -> any TemplateView
    {
        let wording = TimelineLabels(language: site.config.language)
        let labels = site.labels.merging(wording.labels) { $1 }
        let timelineTitle = labels["timeline"] ?? "timeline"
        let article = kind.article
        let pagePath = kind.folder, title: String
        var pagination = Pager(folder: "", size: 0).pagination(number: 1, total: 1, site: site)
        var parent: (title: String, url: String)?
        switch kind {
        case .all, .overview: title = timelineTitle
        case let .decade(decade), let .decadeOfYears(decade):
            title = wording.title(timeline: timelineTitle, decade: decade)
        case let .year(year, place):
            pagination = place.pager.pagination(number: place.number, total: place.total, site: site)
            title = place.title(wording.title(timeline: timelineTitle, year: year), pagination: pagination)
            let decade = Self.decade(of: year)
            parent = (wording.decade(decade), site.urls.url(Self.path(forDecade: decade)))
        case let .article(page, place):
            pagination = place.pager.pagination(number: place.number, total: place.total, site: site)
            title = place.title(wording.title(timeline: timelineTitle, article: page.title), pagination: pagination)
        }
        let isMainOverview = if case .overview = kind { true } else { false }
        let isDecadeOfYears = if case .decadeOfYears = kind { true } else { false }
        let isOverview = isMainOverview || isDecadeOfYears
        // A decade's or a year's page: a part of the overview, which it links back to.
        let isPart = switch kind { case .decade, .decadeOfYears, .year: true; default: false }

        // An article's page links back to all events and names itself, rather than listing every article
        // again: that would grow the timeline with the square of the number of articles. A decade's or a
        // year's page links back to the overview, which has the filters.
        let listed: [RenderedPage]
        if isPart {
            listed = []
        } else if let article {
            listed = [article]
        } else if isMainOverview {
            // Each article's count looked up once, not at every comparison: sorting 10,000 articles by
            // counts looked up by path took most of a tenth of a second.
            listed = filters.mostEvents(Self.overviewFilterLimit)
        } else {
            listed = Array(filters.articles)
        }
        let all = TimelineView.Filter(title: labels["timelineAll"] ?? "", url: site.urls.url(Self.path),
                                      count: filters.total, current: article == nil)
        let decades = decades(events, linkingPages: isOverview, layout: layout, wording: wording, urls: site.urls)
        let axis = isOverview
            ? TimelineAxis(years: decades.flatMap(\.years).map { year in
                .init(year: year.year, count: year.count, href: year.url, title: wording.yearCount(year.year, year.count))
            }, title: labels["timelineOverviewAxis"] ?? "")
            : TimelineAxis(events: events.map { entry in
                .init(date: entry.event.start, href: "#" + Self.anchor(entry.number),
                      title: "\(wording.text(entry.event.start)) \(entry.event.text)")
            }, title: labels["timelineAxis"] ?? "")
        let view = TimelineView(
            summary: wording.summary(events: events.count, articles: Self.articleCount(events)),
            hasEvents: !events.isEmpty,
            filtered: article != nil,
            isOverview: isOverview,
            overviewNote: labels[isDecadeOfYears ? "timelineYears" : "timelineOverview"] ?? "",
            overviewURL: isPart ? site.urls.url(Self.path) : nil,
            decadeURL: parent?.url,
            decadeTitle: parent?.title,
            filters: [all] + listed.map { page in
                .init(title: page.title, url: site.urls.url(Self.path(for: page)), count: filters.counts[page.path] ?? 0,
                      current: page.path == article?.path)
            },
            hasFilters: filters.articleCount > 1 && !isPart,
            filterNote: isMainOverview && filters.articles.count > Self.overviewFilterLimit
                ? labels["timelineFilterTop"]?.replacingOccurrences(of: "{n}", with: String(Self.overviewFilterLimit)) : nil,
            decades: decades,
            axis: axis.svg())
        return site.template(page: site.listPage(title: title, path: pagePath), path: Self.path,
                             extra: TimelineKeys(timeline: view, labels: labels, pagination: pagination))
    }

    /// Events grouped by decade, then by year of their start, for the page and its navigation. With
    /// `linkingPages` (an overview) the navigation links each decade's page and the page that lists each
    /// year, and lists no event.
    private func decades(_ numbered: ArraySlice<Numbered>, linkingPages: Bool, layout: Layout, wording: TimelineLabels,
                         urls: URLBuilder) -> [TimelineView.Decade]
    {
        let byYear = Dictionary(uniqueKeysWithValues: Self.grouped(numbered, by: \.event.start.year))
        let byDecade = Dictionary(grouping: byYear.keys, by: Self.decade(of:))
        return byDecade.keys.sorted().map { decade in
            let years = (byDecade[decade] ?? []).sorted()
            return .init(
                id: "d\(decade)", url: linkingPages ? urls.url(Self.path(forDecade: decade)) : "#d\(decade)",
                label: wording.decade(decade),
                title: years.count == 1 ? wording.year(years[0]) : wording.decade(decade),
                years: years.map { year in
                    let entries = byYear[year] ?? []
                    let place = layout.place(ofYear: year)
                    let url = linkingPages ? urls.url(place.folder) + place.fragment : "#y\(year)"
                    return .init(id: "y\(year)", url: url, year: year, label: wording.year(year),
                                 showsTitle: years.count > 1, count: entries.count,
                                 events: linkingPages ? [] : entries.map { entry($0.event, number: $0.number, wording: wording, urls: urls) })
                })
        }
    }

    /// How many articles `events` come from, counted by the place each event's article has in the
    /// site (one per article), not by hashing 144,000 paths for a large site's overview.
    private static func articleCount(_ events: ArraySlice<Numbered>) -> Int {
        let places = events.map(\.event.position.article)
        guard let first = places.min(), first >= 0, let last = places.max() else {
            return Set(events.map { TextKey($0.event.articlePath) }).count
        }
        var seen = [Bool](repeating: false, count: last + 1)
        var count = 0
        for place in places where !seen[place] {
            seen[place] = true
            count += 1
        }
        return count
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
