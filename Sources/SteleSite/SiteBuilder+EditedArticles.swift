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
        // Nothing here walks the whole site: on 10,000 articles, that is what would take the time.
        guard !sources.isEmpty, var context = previous.context, let theme = previous.theme, let links = previous.links
        else { return nil }
        var planned: [(page: Page, path: String)] = []
        for source in sources {
            guard let path = links.path(ofSource: source),
                  let page = try? ContentLoader(siteDirectory: siteDirectory).loadPage(source),
                  selectPublished([page]).published.count == 1,
                  RenderedPage.isSafe(slug: page.slug), RenderedPage.path(forSlug: page.slug) == path
            else { return nil }
            planned.append((page, path))
        }
        var outputs: [PageOutput] = []
        for rendered in await renderMarkdown(planned, config: previous.config, links: links) {
            guard let replaced = context.replacingArticle(rendered) else { return nil }
            context = replaced
            outputs.append(ArticlePages().output(for: rendered, in: context))
        }
        return try? await PageRenderer(theme: theme).files(for: outputs)
    }
}
