import Testing
@testable import SteleImport

@Suite struct ArticleSplitterTests {
    @Test func articlesAreSplitByHeaderAndDateline() throws {
        let articles = try ImportFixtures.articles("several-articles.txt").articles
        #expect(articles.map(\.title) == ["建强战斗堡垒 夯实执政之基", "潘从明：十年磨剑 精益求精“金”", "路生梅：在党和群众需要的地方扎根"])
        #expect(articles.map(\.subtitle) == ["——党的基层组织建设工作总结", nil, nil])
        #expect(articles.map(\.authors) == [[], ["李杰", "王小明"], ["姜辰蓉"]])
        // The dateline names the agency; the byline does when the dateline does not.
        #expect(articles.map(\.agency) == ["新华社", "新华社", "新华社"])
        #expect(articles.map(\.place) == ["北京", "兰州", "西安"])
        #expect(articles.map(\.source) == ["several-articles.txt:3-11", "several-articles.txt:13-19", "several-articles.txt:21-27"])
    }

    @Test func datelineEndingAParagraphStaysInIt() throws {
        let first = try #require(ImportFixtures.articles("several-articles.txt").articles.first)
        #expect(ImportFixtures.paragraphs(first).last == "以实际行动迎接党的二十大胜利召开。（新华社北京10月9日电）")
    }

    @Test func markdownMarksGiveSeriesTitleAndSubtitle() throws {
        let article = try #require(ImportFixtures.articles("swapped-halves.txt").articles.first)
        #expect(article.series == "百年征程·基层一线")
        #expect(article.title == "强基固本筑堡垒")
        #expect(article.subtitle == "——基层组织建设综述")
        // `文/新华社记者` at the end: the agency, no names.
        #expect(article.authors == [])
        #expect(article.agency == "新华社")
    }

    @Test func byline() {
        #expect(Byline.parse("新华社记者 张三 李四") == Byline(agency: "新华社", authors: ["张三", "李四"]))
        #expect(Byline.parse("文/新华社记者") == Byline(agency: "新华社", authors: []))
        #expect(Byline.parse("本报记者 买买提·艾力") == Byline(agency: "本报", authors: ["买买提·艾力"]))
        #expect(Byline.parse("记者在现场看到，群众排起了长队。") == nil)
    }

    @Test func dateline() {
        #expect(Dateline.parse(wholeLine: "（新华社兰州10月9日电）")
            == Dateline(agency: "新华社", place: "兰州", month: 10, day: 9, text: "（新华社兰州10月9日电）"))
        #expect(Dateline.parse(trailing: "胜利召开。（新华社北京10月9日电）")?.before == "胜利召开。")
        #expect(Dateline.parse(wholeLine: "（试行）") == nil)
        #expect(Dateline.parse(wholeLine: "（新华社北京13月9日电）") == nil)
        // Only the end of a long paragraph is read for its dateline; a long line is no whole-line dateline.
        let long = String(repeating: "会议讨论了道路建设。", count: 5_000)
        #expect(Dateline.parse(trailing: long + "（新华社北京10月9日电）")?.before == long)
        #expect(Dateline.parse(trailing: long + "（新华社北京10月9日在会议上发言的代表电）") == nil)
        #expect(Dateline.parse(wholeLine: long + "（新华社北京10月9日电）") == nil)
    }

    @Test func textWithoutTitleIsRefused() throws {
        let data = try ImportFixtures.data("no-title.txt")
        #expect(throws: ImportError.noTitle(file: "no-title.txt", line: 1, excerpt: "党的力量来自组织。严密的组织体系…")) {
            try SourceImporter.articles(from: data, file: "no-title.txt")
        }
    }

    @Test func titleWithoutBodyIsRefused() throws {
        let data = try ImportFixtures.data("title-only.txt")
        #expect(throws: ImportError.noBody(file: "title-only.txt", line: 1, title: "只有标题的稿件")) {
            try SourceImporter.articles(from: data, file: "title-only.txt")
        }
    }
}
