/// The values templates see, as documented in docs/templates.md.
///
/// swift-mustache renders any value and prints nothing for a missing key, so the shape of these
/// dictionaries is the template API: change it only together with the docs.
struct PageContext {
    var config: SiteConfig
    var urls: URLBuilder
    /// The site navigation: titles and site-relative paths, in order.
    var menu: [(title: String, path: String)]
    /// The site's tags, so pages can link theirs.
    var tags = TagIndex()
    /// The corpus's dated events, sorted (the timeline page lists them, the statistics count them by decade).
    var events: [TimelineEvent] = []

    init(config: SiteConfig, menu: [(title: String, path: String)]) {
        self.config = config
        self.urls = URLBuilder(config: config)
        self.menu = menu
    }

    /// Labels of the default theme in the site's language.
    var labels: [String: String] { ThemeLabels.labels(for: config.language) }

    /// The whole context of one page: `site`, `page`, `labels`, `menu` and any extra top-level keys.
    func context(page: [String: Any], path: String, extra: [String: Any] = [:]) -> [String: Any] {
        var context: [String: Any] = [
            "site": site,
            "page": page,
            "labels": labels,
            "menu": menu.map { item -> [String: Any] in
                ["title": item.title, "url": urls.url(item.path), "current": item.path == path]
            },
        ]
        context.merge(extra) { $1 }
        return context
    }

    /// `site.*`: the same on every page.
    var site: [String: Any] {
        var site: [String: Any] = [
            "title": config.title,
            "baseURL": config.baseURL,
            "basePath": config.basePath,
            "language": config.language,
            "params": Self.templateParams(config.params),
        ]
        if !config.description.isEmpty { site["description"] = config.description }
        if FeedWriter.isWritten(for: urls) { site["feedURL"] = urls.permalink(FeedWriter.path) }
        return site
    }

    /// `page.*` for an article, with its content.
    func article(_ rendered: RenderedPage) -> [String: Any] {
        var page = summary(rendered)
        page["content"] = rendered.markdown.html
        let toc = rendered.markdown.headings.map { heading -> [String: Any] in
            ["level": heading.level, "text": heading.text, "id": heading.id]
        }
        page["toc"] = toc
        page["hasToc"] = !toc.isEmpty
        page["isArticle"] = true
        return page
    }

    /// The fields of a page that list pages show, without its content.
    func summary(_ rendered: RenderedPage) -> [String: Any] {
        let frontmatter = rendered.page.frontmatter
        let tagLinks = tagLinks(frontmatter.tags)
        var page: [String: Any] = [
            "title": frontmatter.title,
            "url": urls.url(rendered.path),
            "permalink": urls.permalink(rendered.path),
            "authors": frontmatter.authors,
            "hasAuthors": !frontmatter.authors.isEmpty,
            "tags": tagLinks,
            "hasTags": !tagLinks.isEmpty,
            "source": rendered.page.source,
            "params": Self.templateParams(frontmatter.params),
        ]
        if let subtitle = frontmatter.subtitle, !subtitle.isEmpty { page["subtitle"] = subtitle }
        if let date = frontmatter.date { page["date"] = date.iso }
        if !rendered.summary.isEmpty { page["summary"] = rendered.summary }
        return page
    }

    /// A page's tags as `{name, url}`, each linking its tag page.
    func tagLinks(_ names: [String]) -> [[String: Any]] {
        TagIndex.names(names).compactMap { name in
            tags.slug(for: name).map { ["name": name, "url": urls.url("\(TagIndex.folder)\($0)/")] }
        }
    }

    /// A page that is not an article (index, 404, timeline, statistics).
    func listPage(title: String, path: String) -> [String: Any] {
        ["title": title, "url": urls.url(path), "permalink": urls.permalink(path)]
    }

    /// Params for templates; empty values are left out so that `{{#page.params.series}}` skips them.
    static func templateParams(_ params: [(key: String, value: FrontmatterValue)]) -> [String: Any] {
        var result: [String: Any] = [:]
        for (key, value) in params where value != .null && value != .string("") && value != .list([]) {
            result[key] = value.templateValue
        }
        return result
    }
}
