import SteleContent

/// What every page template sees at its top level: `site`, `page`, `labels` and `menu`, and beside
/// them the keys of its own kind of page (`pages`, `pagination`, `timeline`, `stats`, …).
public struct PageTemplate<Page: TemplateView, Extra: PageKeys>: KeyedTemplateView {
    public var site: SiteView
    public var page: Page
    /// The theme's labels, with those a page kind brings of its own (the timeline's) laid over them.
    public var labels: [String: String]
    public var menu: [MenuItemView]
    /// The page kind's own keys, answered beside the common ones.
    public var extra: Extra

    public init(site: SiteView, page: Page, labels: [String: String], menu: [MenuItemView], extra: Extra) {
        self.site = site
        self.page = page
        // Merged once here rather than on every `{{labels.…}}` a template reads.
        self.labels = labels.merging(extra.labels) { $1 }
        self.menu = menu
        self.extra = extra
    }

    public enum Key: String, CaseIterable { case site, page, labels, menu }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .site: .view(site)
        case .page: .view(page)
        case .labels: .dictionary(labels)
        case .menu: .list(menu)
        }
    }

    public func value(named key: String) -> TemplateValue? { value(named: key, besides: extra) }
    public var templateKeys: [String] { templateKeys(besides: extra) }
}

/// The keys of one kind of page, shown beside the common ones.
public protocol PageKeys: TemplateView {
    /// Labels of the page kind's own, laid over the theme's (the timeline's, the statistics page's).
    var labels: [String: String] { get }
}

extension PageKeys {
    public var labels: [String: String] { [:] }
}

/// The extra keys of a page kind that has none (the article page, the 404 page).
public struct NoExtraKeys: PageKeys {
    public init() {}

    public func value(named key: String) -> TemplateValue? { nil }
    public var templateKeys: [String] { [] }
}

/// `site.*`: the same on every page.
public struct SiteView: KeyedTemplateView {
    public var title: String
    public var baseURL: String
    /// `/` or `/docs/`: where links to the site's own files start.
    public var basePath: String
    public var language: String
    public var description: String?
    /// The Atom feed's absolute URL, when the site has a feed.
    public var feedURL: String?
    /// stele.yml's other keys, empty values left out.
    public var params: [String: FrontmatterValue]

    public enum Key: String, CaseIterable { case title, baseURL, basePath, language, description, feedURL, params }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .title: .text(title)
        case .baseURL: .text(baseURL)
        case .basePath: .text(basePath)
        case .language: .text(language)
        case .description: .text(description)
        case .feedURL: .text(feedURL)
        case .params: .dictionary(params)
        }
    }
}

/// One entry of the site navigation.
public struct MenuItemView: KeyedTemplateView {
    public var title: String
    public var url: String
    /// Whether it is the page being shown (`aria-current`).
    public var current: Bool

    public enum Key: String, CaseIterable { case title, url, current }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .title: .text(title)
        case .url: .text(url)
        case .current: .bool(current)
        }
    }
}
