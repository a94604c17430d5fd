import SteleText

/// The words and date formats of the timeline page, in the site's language (Chinese or English).
struct TimelineLabels: Sendable {
    package var chinese: Bool

    init(language: String) {
        chinese = language.lowercased().hasPrefix("zh")
    }

    /// Labels the template reads as `labels.*`, beside the theme's own.
    var labels: [String: String] {
        chinese
            ? ["timelineAll": "全部文章", "timelineFilter": "按文章筛选", "timelineNavigation": "年代与年份",
               "timelineEmpty": "还没有带日期的事件。", "timelineRangeSeparator": "至", "timelineSource": "出自",
               "timelineAxis": "各年份的事件：每个点是一条事件，点击跳到该条。",
               "timelineOverviewAxis": "各年份的事件数：每根柱是一年，点击打开列出该年事件的页面。",
               "timelineOverview": "事件较多，每个年代一页：点击年代或年份查看其中的事件。",
               "timelineYears": "这个年代事件较多，每年一页：点击年份查看其中的事件。",
               // Timeline pages run oldest first, so the pager's words say earlier and later, not newer and older.
               "previous": "← 较早", "next": "较晚 →", "firstPage": "« 最早", "lastPage": "最晚 »",
               "timelineFilterTop": "这里列出事件最多的 {n} 篇文章；每篇文章的页面都链接到它自己的时间线。"]
            : ["timelineAll": "All articles", "timelineFilter": "Filter by article", "timelineNavigation": "Decades and years",
               "timelineEmpty": "No dated events yet.", "timelineRangeSeparator": "–", "timelineSource": "From",
               "timelineAxis": "Events by year: each dot is one event and links to it.",
               "timelineOverviewAxis": "Events per year: each bar is one year and links to the page that lists it.",
               "timelineOverview": "There are many events, so each decade has its own page: pick a decade or a year.",
               "timelineYears": "This decade has many events, so each year has its own page: pick a year.",
               "previous": "← Earlier", "next": "Later →", "firstPage": "« Earliest", "lastPage": "Latest »",
               "timelineFilterTop": "The {n} articles with the most events; every article's page links its own timeline."]
    }

    /// `共 43 条事件，来自 4 篇文章` / `43 events from 4 articles`.
    package func summary(events: Int, articles: Int) -> String {
        chinese ? "共 \(events) 条事件，来自 \(articles) 篇文章"
            : "\(events) event\(events == 1 ? "" : "s") from \(articles) article\(articles == 1 ? "" : "s")"
    }

    /// The title of an article's own timeline: `时间线：《路生梅：在党和群众需要的地方扎根》`.
    package func title(timeline: String, article: String) -> String {
        chinese ? "\(timeline)：《\(article)》" : "\(timeline): \(article)"
    }

    /// The title of a decade's page on a large timeline: `时间线：1990年代` / `Timeline: 1990s`.
    package func title(timeline: String, decade: Int) -> String {
        chinese ? "\(timeline)：\(self.decade(decade))" : "\(timeline): \(self.decade(decade))"
    }

    /// The title of a year's page on a large timeline: `时间线：2015年` / `Timeline: 2015`.
    package func title(timeline: String, year: Int) -> String {
        chinese ? "\(timeline)：\(self.year(year))" : "\(timeline): \(self.year(year))"
    }

    /// A year's bar on the overview's axis: `1994年：12 条事件` / `1994: 12 events`.
    package func yearCount(_ year: Int, _ count: Int) -> String {
        chinese ? "\(self.year(year))：\(count) 条事件" : "\(self.year(year)): \(count) event\(count == 1 ? "" : "s")"
    }

    package func decade(_ decade: Int) -> String { chinese ? "\(decade)年代" : "\(decade)s" }

    package func year(_ year: Int) -> String { chinese ? "\(year)年" : "\(year)" }

    /// A date as the page shows it: `2016年10月10日`, `1943年春` / `2016-10-10`, `1943 (spring)`.
    package func text(_ date: TimelineDate) -> String {
        if date.isDecade { return decade(date.year) }
        guard chinese else { return date.season.map { "\(date.iso) (\($0.rawValue))" } ?? date.iso }
        var text = "\(date.year)年"
        if let season = date.season { text += Self.chineseSeasons[season] ?? "" }
        if let month = date.month { text += "\(month)月" }
        if let day = date.day { text += "\(day)日" }
        return text
    }

    /// A date under its year's heading, without the year the heading already says: `10月10日`, `春` /
    /// `10 October`, `spring`; nil for a date that is just the year.
    package func textWithinYear(_ date: TimelineDate) -> String? {
        guard date.precision != .year else { return nil }
        // A decade sits under its first year's heading; it says its whole name (`1960年代`).
        if date.isDecade { return text(date) }
        guard chinese else {
            if let season = date.season { return season.rawValue }
            let month = date.month.map { Self.englishMonths[$0 - 1] } ?? ""
            return date.day.map { "\($0) \(month)" } ?? month
        }
        return String(text(date).dropFirst("\(date.year)年".count))
    }

    /// A range's end under its start's year heading: without the year when it is the same one.
    package func textWithinYear(end: TimelineDate, after start: TimelineDate) -> String {
        guard end.year == start.year else { return text(end) }
        if chinese { return text(end: end, after: start) }
        return textWithinYear(end) ?? String(end.year)
    }

    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August",
                                        "September", "October", "November", "December"]

    /// A range's end without what it shares with its start: `2016年10月10日至11日`, `2021年6月至12月`.
    package func text(end: TimelineDate, after start: TimelineDate) -> String {
        guard chinese, end.year == start.year, end.season == nil else { return text(end) }
        if let day = end.day, end.month == start.month { return "\(day)日" }
        return String(text(end).dropFirst("\(end.year)年".count))
    }

    private static let chineseSeasons: [TimelineDate.Season: String] = [
        .early: "初", .spring: "春", .summer: "夏", .autumn: "秋", .late: "底", .winter: "冬",
    ]
}
