import Testing
@testable import SteleMarkdown

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersCommonMark() {
        let html = renderer.render("Some *emphasis* and `code`.\n\n> quoted\n").html
        #expect(html == "<p id=\"p-1\">Some <em>emphasis</em> and <code>code</code>.</p>\n<blockquote>\n<p id=\"p-2\">quoted</p>\n</blockquote>\n")
    }

    @Test func rendersChineseTextAndJoinsLinesWithoutASpace() {
        let rendered = renderer.render("党的力量来自组织。严密的组织体系，\n是马克思主义政党的优势所在。\n")
        #expect(rendered.html == "<p id=\"p-1\">党的力量来自组织。严密的组织体系，是马克思主义政党的优势所在。</p>\n")
        #expect(rendered.paragraphs.first?.text == "党的力量来自组织。严密的组织体系，是马克思主义政党的优势所在。")
    }

    @Test func keepsTheSpaceOfALineBreakBetweenLatinWords() {
        #expect(renderer.render("one\ntwo\n").html == "<p id=\"p-1\">one\ntwo</p>\n")
    }

    @Test func usesSmartPunctuation() {
        #expect(renderer.render("\"quoted\" -- it's --- done...\n").html
            == "<p id=\"p-1\">“quoted” – it’s — done…</p>\n")
    }

    @Test func omitsRawHTMLUnlessAllowed() {
        let markdown = "<script>alert(1)</script>\n\nText with <b>bold</b>.\n"
        let safe = renderer.render(markdown).html
        #expect(!safe.contains("<script>"))
        #expect(!safe.contains("<b>"))
        #expect(safe.contains("raw HTML omitted"))
        let unsafe = MarkdownRenderer(allowsRawHTML: true).render(markdown).html
        #expect(unsafe.contains("<script>alert(1)</script>"))
        #expect(unsafe.contains("<b>bold</b>"))
    }

    @Test func dropsDangerousLinkSchemes() {
        let html = renderer.render("[x](javascript:alert(1))\n").html
        #expect(!html.contains("javascript:"))
    }

    @Test func givesHeadingsStableReadableIDs() {
        let rendered = renderer.render("## 牢固树立大抓基层的鲜明导向\n\n## Hello, World!\n\n## 牢固树立大抓基层的鲜明导向\n\n### 2021年 总结\n")
        #expect(rendered.headings.map(\.id) == ["牢固树立大抓基层的鲜明导向", "hello-world", "牢固树立大抓基层的鲜明导向-1", "2021年-总结"])
        #expect(rendered.headings.map(\.level) == [2, 2, 2, 3])
        #expect(rendered.html.contains("<h2 id=\"牢固树立大抓基层的鲜明导向\">牢固树立大抓基层的鲜明导向</h2>"))
        #expect(rendered.html.contains("<h3 id=\"2021年-总结\">2021年 总结</h3>"))
    }

    @Test func headingOfPunctuationOnlyStillGetsAnID() {
        #expect(renderer.render("## ……\n").headings.first?.id == "section")
    }

    @Test func numbersEveryParagraphIncludingNestedOnes() {
        let rendered = renderer.render("First.\n\n> Quoted.\n\n- item one\n\n- item two\n\nLast.\n")
        #expect(rendered.paragraphs.map(\.id) == ["p-1", "p-2", "p-3", "p-4", "p-5"])
        #expect(rendered.paragraphs.map(\.text) == ["First.", "Quoted.", "item one", "item two", "Last."])
        #expect(rendered.html.contains("<li>\n<p id=\"p-3\">item one</p>\n</li>"))
    }

    @Test func paragraphsInTightListsAreNotNumbered() {
        let rendered = renderer.render("- a\n- b\n\nText.\n")
        #expect(rendered.paragraphs.map(\.text) == ["Text."])
        #expect(rendered.html.contains("<li>a</li>"))
    }

    @Test func reportsSourceLinesOfTheFile() {
        let rendered = renderer.render("One.\n\nTwo\ncontinued.\n\n[link](other.md)\n", firstLine: 5)
        #expect(rendered.paragraphs.map(\.line) == [5, 7, 10])
        #expect(rendered.links == [Link(destination: "other.md", line: 10)])
    }

    @Test func rewritesLinksThroughTheResolver() {
        let resolving = MarkdownRenderer(linkResolver: { $0 == "other.md" ? "/articles/other/" : nil })
        #expect(resolving.render("[见](other.md) [x](https://example.org)\n").html
            == "<p id=\"p-1\"><a href=\"/articles/other/\">见</a> <a href=\"https://example.org\">x</a></p>\n")
    }

    @Test func escapesTextInHeadingsAndParagraphs() {
        let html = renderer.render("## a < b & \"c\"\n\n1 < 2\n").html
        #expect(html.contains("<h2 id=\"a-b-c\">a &lt; b &amp; “c”</h2>"))
        #expect(html.contains("<p id=\"p-1\">1 &lt; 2</p>"))
    }

    @Test func emptyInputGivesNoHTML() {
        let rendered = renderer.render("")
        #expect(rendered.html.isEmpty)
        #expect(rendered.paragraphs.isEmpty)
    }
}
