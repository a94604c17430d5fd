import SteleContent
import SteleMarkdown

/// One page per article: `articles/<slug>/index.html`.
public struct ArticlePages: PageProducer {
    public init() {}

    public var readsArticles: ArticleParts { .html }

    public func output(for site: SiteContext) -> [PageOutput] {
        site.pages.map { output(for: $0, in: site) }
    }

    /// The page of one article; with `site.articleHTML`, its view is made with the HTML rendered again
    /// when the page is written.
    public func output(for rendered: RenderedPage, in site: SiteContext) -> PageOutput {
        let path = rendered.path + "index.html"
        guard let articleHTML = site.articleHTML else {
            return .page(path: path, template: "article",
                         view: site.template(page: site.article(rendered), path: rendered.path, extra: NoExtraKeys()))
        }
        return .deferredPage(path: path, template: "article") { () throws(TemplateError) -> any TemplateView in
            var page = rendered
            do throws(ContentError) {
                page.markdown.html = try articleHTML(rendered)
            } catch {
                throw .content(error)
            }
            return site.template(page: site.article(page), path: rendered.path, extra: NoExtraKeys())
        }
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
