import Testing
@testable import SteleCore

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersCommonMark() {
        let html = renderer.render("Some *emphasis* and `code`.\n\n> quoted\n").html
        #expect(html == "<p id=\"p-1\">Some <em>emphasis</em> and <code>code</code>.</p>\n<blockquote>\n<p id=\"p-2\">quoted</p>\n</blockquote>\n")
    }
}
