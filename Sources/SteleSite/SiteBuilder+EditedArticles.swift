import Foundation
import SteleContent
import SteleMarkdown
import StelePages

extension SiteBuilder {
    /// The pages of the edited articles `sources` (content files, site-relative), read and rendered
    /// again against the rest of the site as `previous` built it: what `stele serve` shows at once,
    /// before the whole site is built again. Reading, rendering and analysing one article takes
    /// milliseconds; the corpus pages that depend on it (the index, timeline, statistics, search) come
    /// with the full build, which also settles what this leaves provisional (see
    /// `SiteContext.replacingArticle`).
    ///
    /// Nil when any of them is not simply an edit of a published article at the same address — new,
    /// gone, now a draft, moved to another slug — or cannot be read or rendered: those wait for the full
    /// build, which reports their errors.
    public func editedArticlePages(_ sources: [String], after previous: BuiltSite) async -> [OutputFile]? {
        guard !sources.isEmpty, var context = previous.context, let theme = previous.theme else { return nil }
        let pathsBySource = Dictionary(previous.pages.map { ($0.page.source, $0.path) }) { first, _ in first }
        var planned: [(page: Page, path: String)] = []
        for source in sources {
            guard let path = pathsBySource[source],
                  let page = try? ContentLoader(siteDirectory: siteDirectory).loadPage(source),
                  selectPublished([page]).published.count == 1,
                  RenderedPage.isSafe(slug: page.slug), RenderedPage.path(forSlug: page.slug) == path
            else { return nil }
            planned.append((page, path))
        }
        let links = ContentLinkResolver(pages: previous.pages.map { ($0.page.source, $0.path) },
                                        unpublished: previous.unpublished, urls: context.urls)
        var outputs: [PageOutput] = []
        for rendered in await renderMarkdown(planned, config: previous.config, links: links) {
            guard let replaced = context.replacingArticle(rendered) else { return nil }
            context = replaced
            outputs.append(ArticlePages().output(for: rendered, in: context))
        }
        return try? await PageRenderer(theme: theme).files(for: outputs)
    }
}
