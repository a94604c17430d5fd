import Foundation
import SteleSupport
import Testing
@testable import SteleImport

@Suite struct ArticleAssemblerTests {
    @Test func pageBreaksAreJoined() throws {
        let (articles, notes) = try ImportFixtures.articles("page-break-joined.txt")
        let article = try #require(articles.first)
        #expect(ImportFixtures.paragraphs(article) == [
            "2019年，中央组织部印发考核办法。各级党委（党组）树立大抓基层的鲜明导向，扎实推进农村、城市“两大阵地”基层党建。",
            "与此同时，各地普遍建立起稳定的村级组织运转经费保障制度，农村基层干部待遇保障水平不断提高，党组织凝聚服务群众能力明显增强。（新华社北京5月4日电）",
        ])
        #expect(notes.filter { $0.kind == "repair" }.map(\.description) == [
            "page-break-joined.txt:5: joined page break with line 7: …）树立大抓基|层的鲜明导向…",
            "page-break-joined.txt:9: joined page break with line 11: …保障水平不断|提高，党组织…",
        ])
    }

    /// A report that comes out of its PDF as thousands of short lines is still one article. (Each line
    /// once asked every line before it whether it could be a title: 2,859 lines took 6.5 s.)
    @Test func thousandsOfShortLinesAreOneArticle() throws {
        let lines = (0..<3_000).map { "第\($0)行" }
        let text = "县里的会议\n\n" + lines.joined(separator: "\n") + "\n"
        let (articles, _) = try SourceImporter.articles(from: Data(text.utf8), file: "lines.txt")
        #expect(articles.map(\.title) == ["县里的会议"])
    }

    /// A paragraph broken over a thousand lines is joined in place: each join once copied the whole
    /// paragraph, and each line asked whether the paragraph so far ended a sentence by reading all of it.
    @Test func aParagraphBrokenOverAThousandLinesIsJoined() throws {
        let sentence = (0..<1_000).map { "第\($0)段文字在这里因为分栏而断开了接下来的内容在下一行继续写下去直到这一行的末尾还没有结束而" }
        let text = "标题\n\n" + sentence.joined(separator: "\n") + "句子结束。\n"
        let (articles, notes) = try SourceImporter.articles(from: Data(text.utf8), file: "broken.txt")
        let article = try #require(articles.first)
        #expect(ImportFixtures.paragraphs(article) == [sentence.joined() + "句子结束。"])
        #expect(notes.filter { $0.message.hasPrefix("joined page break") }.count == 999)
    }

    @Test func captionLeavesTheParagraphItInterrupted() throws {
        let (articles, notes) = try ImportFixtures.articles("caption-between-halves.txt")
        let article = try #require(articles.first)
        #expect(article.body == [
            .paragraph(text: "习近平同志会见会议代表并发表重要讲话，对抓好非公企业党建工作作出重要部署。", line: 5, bold: false),
            .caption(text: "近日，在长兴县小浦镇光耀村，巾帼志愿者为村民进行社保医保代办和工商执照年审。", line: 9),
            .paragraph(text: "各地积极推动建立健全党建工作领导体制。", line: 13, bold: false),
            .paragraph(text: "（新华社杭州3月2日电）", line: 15, bold: false),
        ])
        #expect(notes.contains {
            $0.description == "caption-between-halves.txt:9: photo caption between lines 5 and 11 taken out of the paragraph and marked as a caption"
        })
    }

    @Test func swappedHalvesAreReadInOrder() throws {
        let (articles, notes) = try ImportFixtures.articles("swapped-halves.txt")
        let article = try #require(articles.first)
        #expect(ImportFixtures.paragraphs(article) == [
            "党的力量来自组织。严密的组织体系，是马克思主义政党的优势所在。",
            "持续整顿软弱涣散村党组织，以县为单位研究确定整顿对象，集中力量限期解决突出问题。",
            "推动发展壮大村级集体经济，让发展成果惠及广大村民群众。",
            "（新华社北京6月30日电）",
        ])
        #expect(article.source == "swapped-halves.txt:1-17")
        #expect(notes.contains {
            $0.description == "swapped-halves.txt:7: article halves were swapped: lines 15–17 moved before lines 7–9, "
                + "dateline (line 13) moved to the end"
        })
    }

    @Test func datelineInTheMiddleWithoutSwapSignsIsOnlyWarned() throws {
        // The body starts with a whole paragraph, so nothing says the halves were swapped.
        let text = "标题\n\n新华社记者\n\n第一段完整的话，说完了。\n\n（新华社北京1月2日电）\n\n后面又有一段，没有说完的话，集\n"
        let (articles, notes) = try SourceImporter.articles(from: Data(text.utf8), file: "x.txt")
        #expect(ImportFixtures.paragraphs(try #require(articles.first)) == [
            "第一段完整的话，说完了。", "（新华社北京1月2日电）", "后面又有一段，没有说完的话，集",
        ])
        #expect(notes.contains { $0.description == "x.txt:7: warning: dateline stands before the end of the article (text continues at line 9)" })
    }

    @Test func twoLineHeadingsKeepTheirSecondLine() throws {
        let article = try #require(ImportFixtures.articles("two-line-heading.txt").articles.first)
        #expect(ImportFixtures.headings(article) == [
            "围绕让城市生活更美好 系统建设整体建设城市基层党建",
            "坚持党管农村优良传统 为脱贫攻坚、乡村振兴提供坚强组织保证",
            "牢固树立大抓基层的鲜明导向",
        ])
        #expect(ImportFixtures.paragraphs(article).count == 4)
    }
}
