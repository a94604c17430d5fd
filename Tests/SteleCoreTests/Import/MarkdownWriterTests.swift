import Testing
@testable import SteleContent
@testable import SteleImport
@testable import SteleMarkdown
@testable import SteleText

@Suite struct MarkdownWriterTests {
    func article(title: String = "标题", body: [BodyBlock] = [
        .paragraph(text: "第一句。", line: 5, bold: false),
    ]) -> ImportedArticle {
        ImportedArticle(title: title, subtitle: "——副题", series: "系列", authors: ["张三", "李四"], agency: "新华社",
                        place: "北京", date: PageDate(year: 2022, month: 10, day: 9), source: "x.txt:1-9",
                        slug: "biao-ti", body: body, line: 1)
    }

    @Test func frontmatterHasEveryKeyInOrder() {
        #expect(MarkdownWriter.document(for: article()) == """
            ---
            title: 标题
            subtitle: ——副题
            series: 系列
            authors: [张三, 李四]
            agency: 新华社
            place: 北京
            date: 2022-10-09
            source: x.txt:1-9
            slug: biao-ti
            ---

            第一句。

            """)
    }

    @Test(arguments: ["Breaking: news", "say \"hi\" and 'bye'", "true", "2022", "null", "# not a comment", "- dash", "a: b # c", "[x]", "～“引号”：冒号", "吉祥的“𠮷”字"])
    func trickyTitlesRoundTrip(title: String) throws {
        let text = MarkdownWriter.document(for: article(title: title))
        let document = try ContentDocument(parsing: text, file: "x.md")
        #expect(document.frontmatter.title == title)
        #expect(document.frontmatter.date == PageDate(year: 2022, month: 10, day: 9))
        #expect(document.frontmatter.authors == ["张三", "李四"])
        #expect(document.frontmatter[param: "series"] == .string("系列"))
        #expect(document.frontmatter[param: "agency"] == .string("新华社"))
        #expect(document.frontmatter[param: "place"] == .string("北京"))
        #expect(document.frontmatter[param: "source"] == .string("x.txt:1-9"))
    }

    @Test func paramThatLooksLikeANumberStaysAString() throws {
        var tricky = article()
        tricky.place = "2022"
        let document = try ContentDocument(parsing: MarkdownWriter.document(for: tricky), file: "x.md")
        #expect(document.frontmatter[param: "place"] == .string("2022"))
    }

    @Test func bodyRendersToExactlyItsText() throws {
        let texts = ["*星号*与_下划线_、[方括号](链接)、<b>标签</b>、`代码`、&amp;", "1. 不是列表", "# 不是标题", "- 不是列表",
                     "COVID-19 -- 破折号... 省略", "他说\"好\"。"]
        let body = texts.map { BodyBlock.paragraph(text: $0, line: 1, bold: false) }
            + [.heading(text: "小标题 第二行", level: 2, line: 1), .caption(text: "近日，图片说明。", line: 1)]
        let document = try ContentDocument(parsing: MarkdownWriter.document(for: article(body: body)), file: "x.md")
        let rendered = MarkdownRenderer().render(document.body)
        #expect(rendered.paragraphs.map(\.text) == texts + [MarkdownWriter.captionLabel + "近日，图片说明。"])
        #expect(rendered.headings.map(\.text) == ["小标题 第二行"])
        #expect(rendered.html.contains("<blockquote>"))
    }

    @Test func boldParagraphStaysBold() {
        let text = MarkdownWriter.body([.paragraph(text: "本报讯。", line: 1, bold: true)])
        #expect(text == "**本报讯。**\n")
    }
}
