import SteleContent

/// What every page template sees at its top level: `site`, `page`, `labels` and `menu`, and beside
/// them the keys of its own kind of page (`pages`, `pagination`, `timeline`, `stats`, …).
public struct PageTemplate<Page: TemplateView, Extra: TemplateView>: TemplateView {
    public var site: SiteView
    public var page: Page
    public var labels: [String: String]
    public var menu: [MenuItemView]
    /// The page kind's own keys, flattened beside the common ones.
    public var extra: Extra

    public func templateFields(schema: Bool) -> [String: Any] {
        var fields = extra.templateFields(schema: schema)
        // A page kind may bring labels of its own (the timeline's); they are laid over the theme's.
        fields["labels"] = labels.merging(fields["labels"] as? [String: String] ?? [:]) { $1 }
        fields["site"] = site.templateFields(schema: schema)
        fields["page"] = page.templateFields(schema: schema)
        fields["menu"] = menu.map { $0.templateFields(schema: schema) }
        return fields
    }
}

/// The extra keys of a page kind that has none (the article page, the 404 page).
public struct NoExtraKeys: TemplateView {
    public init() {}
}

/// `site.*`: the same on every page.
public struct SiteView: TemplateView {
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
}

/// One entry of the site navigation.
public struct MenuItemView: TemplateView {
    public var title: String
    public var url: String
    /// Whether it is the page being shown (`aria-current`).
    public var current: Bool
}
