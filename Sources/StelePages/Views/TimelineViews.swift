/// The keys of a timeline page: its events by decade and year, and the timeline's own labels.
public struct TimelineKeys: KeyedTemplateView, PageKeys {
    public var timeline: TimelineView
    public var labels: [String: String]
    /// Where a page of a year's events stands among that year's pages; one page elsewhere.
    public var pagination: PaginationView

    public enum Key: String, CaseIterable { case timeline, labels, pagination }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .timeline: .view(timeline)
        case .labels: .dictionary(labels)
        case .pagination: .view(pagination)
        }
    }
}

/// `timeline.*`.
public struct TimelineView: KeyedTemplateView {
    /// A link to the whole timeline or to one article's.
    public struct Filter: KeyedTemplateView {
        public var title: String
        public var url: String
        public var count: Int
        public var current: Bool

        public enum Key: String, CaseIterable { case title, url, count, current }

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .title: .text(title)
            case .url: .text(url)
            case .count: .int(count)
            case .current: .bool(current)
            }
        }
    }

    public struct Decade: KeyedTemplateView {
        /// `d1990`: the anchor of the decade's section.
        public var id: String
        /// Where the index links it: `#d1990`, or its own page on a timeline with an overview.
        public var url: String
        public var label: String
        /// The decade's heading: its label, or the label of its only year (which then has no heading
        /// of its own), so that one year is not announced twice.
        public var title: String
        public var years: [Year]

        public enum Key: String, CaseIterable { case id, url, label, title, years }

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .id: .text(id)
            case .url: .text(url)
            case .label: .text(label)
            case .title: .text(title)
            case .years: .list(years)
            }
        }
    }

    public struct Year: KeyedTemplateView {
        /// `y1994`.
        public var id: String
        /// Where the index links it: `#y1994`; on an overview, `#y1994` on its decade's page, or its own
        /// page (`/timeline/years/2015/`) in a decade of many events.
        public var url: String
        public var year: Int
        public var label: String
        /// False when the decade's heading already names the year.
        public var showsTitle: Bool
        /// How many events it has (its events are not listed on an overview).
        public var count: Int
        public var events: [Event]

        public enum Key: String, CaseIterable { case id, url, year, label, showsTitle, count, events }

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .id: .text(id)
            case .url: .text(url)
            case .year: .int(year)
            case .label: .text(label)
            case .showsTitle: .bool(showsTitle)
            case .count: .int(count)
            case .events: .list(events)
            }
        }
    }

    public struct Event: KeyedTemplateView {
        /// `event-12`: the anchor the axis links to.
        public var id: String
        /// The date under its year's heading, without the year (`10月10日`); nil for an event dated by
        /// its year alone, which the heading says already.
        public var start: DateText?
        public var end: DateText?
        /// `day`, `month`, `season`, `year` or `decade`, for styling.
        public var precision: String
        public var text: String
        /// The paragraph that tells it.
        public var url: String
        /// The article's title.
        public var article: String

        public enum Key: String, CaseIterable { case id, start, end, precision, text, url, article }

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .id: .text(id)
            case .start: .view(start)
            case .end: .view(end)
            case .precision: .text(precision)
            case .text: .text(text)
            case .url: .text(url)
            case .article: .text(article)
            }
        }
    }

    /// A date as a `<time>` element shows it.
    public struct DateText: KeyedTemplateView {
        public var iso: String
        public var text: String

        public enum Key: String, CaseIterable { case iso, text }

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .iso: .text(iso)
            case .text: .text(text)
            }
        }
    }

    public var summary: String
    public var hasEvents: Bool
    /// Whether the page shows one article's events.
    public var filtered: Bool
    /// True on the overview of a large timeline (the axis and the index, the events on decade pages) and
    /// on the page of a decade of many events (its years, the events on year pages).
    public var isOverview: Bool
    /// What an overview says it is.
    public var overviewNote: String
    /// On a decade's or a year's page, the URL of the overview.
    public var overviewURL: String?
    /// On a year's page, its decade's page and name.
    public var decadeURL: String?
    public var decadeTitle: String?
    public var filters: [Filter]
    public var hasFilters: Bool
    /// On the overview when it lists only the articles with the most events: says so.
    public var filterNote: String?
    public var decades: [Decade]
    /// The year axis drawn above the list as inline SVG, one link per event; inserted unescaped.
    public var axis: String

    public enum Key: String, CaseIterable {
        case summary, hasEvents, filtered, isOverview, overviewNote, overviewURL, decadeURL, decadeTitle, filters
        case hasFilters, filterNote, decades, axis
    }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .summary: .text(summary)
        case .hasEvents: .bool(hasEvents)
        case .filtered: .bool(filtered)
        case .isOverview: .bool(isOverview)
        case .overviewNote: .text(overviewNote)
        case .overviewURL: .text(overviewURL)
        case .decadeURL: .text(decadeURL)
        case .decadeTitle: .text(decadeTitle)
        case .filters: .list(filters)
        case .hasFilters: .bool(hasFilters)
        case .filterNote: .text(filterNote)
        case .decades: .list(decades)
        case .axis: .text(axis)
        }
    }
}
