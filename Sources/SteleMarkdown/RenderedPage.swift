import Foundation
import SteleContent

/// A page with its place in the site and its Markdown rendered: what analysis and templates work on.
public struct RenderedPage: Sendable, Equatable {
    package init(page: Page, path: String, markdown: RenderedMarkdown) {
        self.page = page
        self.path = path
        self.markdown = markdown
    }

    /// The content file as loaded. A build lets its `body` go once rendered (it is empty then), unless
    /// the build keeps it for the next one (`stele serve`'s `MarkdownMemo`): `markdown` is what the
    /// rest of a build reads.
    public var page: Page
    /// Output path relative to the site root, ending in `/` (`articles/jian-qiang/`).
    public var path: String
    public var markdown: RenderedMarkdown

    public var title: String { page.frontmatter.title }
}

extension RenderedPage {
    /// The folder a page is written to: `articles/<slug>/`.
    package static func path(forSlug slug: String) -> String { "articles/\(slug)/" }

    /// Whether `slug` stays one URL segment inside `articles/`.
    package static func isSafe(slug: String) -> Bool {
        !slug.isEmpty && slug != "." && slug != ".." && !slug.contains("/") && !slug.contains("\\")
            && !slug.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
