import Foundation
import Testing
@testable import SteleContent
@testable import SteleMarkdown
@testable import StelePages
@testable import SteleSite
import SteleSupport

/// A build that writes pages as it makes them renders each article's HTML when its page is written,
/// from the article's file read again: the body read again must be the body first loaded, and a file
/// edited in between must stop the build rather than mix two versions of the article.
@Suite struct BodyReadAgainTests {
    /// Frontmatter closed by `---` or `...`, none at all, Windows and old Mac line ends, a byte-order
    /// mark, a closing marker at the very end, an empty body.
    static let texts = [
        "---\ntitle: 渡口\n---\n第一段。\n\n第二段。\n",
        "---\r\ntitle: 渡口\r\ndate: 2022-10-09\r\n---\r\n第一段。\r\n\r\n## 小标题\r\n",
        "---\rtitle: 渡口\r...\r正文\r",
        "\u{FEFF}---\ntitle: 渡口\n---\n\n\n正文在第五行。",
        "没有前言的正文。\n\n第二段。\n",
        "\u{FEFF}没有前言。",
        "---\ntitle: 渡口\n---",
        "---\ntitle: 渡口\n---\n",
        "",
    ]

    @Test(arguments: texts) func theBodyReadAgainIsTheBodyLoaded(text: String) throws {
        let document = try ContentDocument(parsing: text, file: "content/a.md")
        #expect(ContentDocument.body(of: text, startingAtLine: document.bodyStartLine) == document.body)
    }

    @Test func anArticleEditedAfterLoadingIsRefusedNotMixed() throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: 渡口\n---\n渡口运送乘客。\n"])
        defer { try? FileManager.default.removeItem(at: site.root) }
        let loader = ContentLoader(siteDirectory: site.root)
        let page = try loader.loadPage("content/a.md")
        #expect(try loader.body(of: page) == "渡口运送乘客。\n")
        try site.write("content/a.md", "---\ntitle: 渡口\n---\n渡口停航。\n")
        #expect(throws: ContentError.changedDuringBuild(SourceLocation(file: "content/a.md"))) { try loader.body(of: page) }
        try FileManager.default.removeItem(at: site.root.appendingPathComponent("content/a.md"))
        #expect(throws: ContentError.self) { try loader.body(of: page) }
    }

    /// The article page's view, made as the page is written, names the file when it changed.
    @Test func anArticlePageWhoseFileChangedFailsWithTheFileNamed() async throws {
        let site = try TemporarySite(["content/a.md": "---\ntitle: 渡口\n---\n渡口运送乘客。\n"])
        defer { try? FileManager.default.removeItem(at: site.root) }
        let builder = SiteBuilder(siteDirectory: site.root, now: Date(timeIntervalSince1970: 1_800_000_000))
        let config = try builder.loadConfiguration()
        let planned = try builder.planURLs(builder.selectPublished(try await builder.loadContent()).published)
        let links = SiteBuilder.links(to: planned, unpublished: [], config: config)
        let rendered = await builder.renderMarkdown(planned, config: config, links: links, htmlLater: true)
        #expect(rendered.allSatisfy { $0.markdown.html.isEmpty && !$0.markdown.paragraphs.isEmpty })
        let html = builder.articleHTML(config: config, links: links)
        #expect(try html(rendered[0]).contains("<p id=\"p-1\">渡口运送乘客。</p>"))
        try site.write("content/a.md", "---\ntitle: 渡口\n---\n渡口停航。\n")
        let analysis = try await builder.analyse(rendered, words: try builder.loadWords(config: config).get())
        let context = SiteContext(config: config, pages: rendered, analysis: analysis, producers: SiteBuilder.producers,
                                  articleHTML: html)
        let output = ArticlePages().output(for: rendered[0], in: context)
        #expect(throws: TemplateError.content(.changedDuringBuild(SourceLocation(file: "content/a.md")))) { try output.makeView() }
    }
}
