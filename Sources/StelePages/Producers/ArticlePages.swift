import SteleMarkdown

/// One page per article: `articles/<slug>/index.html`.
public struct ArticlePages: PageProducer {
    public init() {}

    public var readsArticles: ArticleParts { .html }

    public func output(for site: SiteContext) -> [PageOutput] {
        site.pages.map { output(for: $0, in: site) }
    }

    /// The page of one article.
    public func output(for rendered: RenderedPage, in site: SiteContext) -> PageOutput {
        .page(path: rendered.path + "index.html", template: "article",
              view: site.template(page: site.article(rendered), path: rendered.path, extra: NoExtraKeys()))
    }
}

/// The page served for an address the site does not have: `404.html`.
public struct NotFoundPage: PageProducer {
    public static let path = "404.html"

    public init() {}

    public func output(for site: SiteContext) -> [PageOutput] {
        let page = site.listPage(title: site.labels["notFound"] ?? "404", path: Self.path)
        return [.page(path: Self.path, template: "not-found",
                      view: site.template(page: page, path: Self.path, extra: NoExtraKeys()))]
    }
}
