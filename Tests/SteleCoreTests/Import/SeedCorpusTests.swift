import Foundation
import Testing
@testable import SteleContent
@testable import SteleImport
@testable import SteleMarkdown

/// The example corpus: `sources/` as received, `content/` as committed.
@Suite struct SeedCorpusTests {
    struct Expected: Sendable {
        var title: String, subtitle: String?, series: String?, authors: [String], place: String, date: String
        var slug: String
    }

    let expected = [
        Expected(title: "建强战斗堡垒 夯实执政之基", subtitle: "——党的十九大以来党的基层组织建设工作总结", series: nil,
                 authors: [], place: "北京", date: "2022-10-09", slug: "jian-qiang-zhan-dou-bao-lei"),
        Expected(title: "潘从明：十年磨剑 精益求精“金”", subtitle: nil, series: nil, authors: ["李杰"], place: "兰州",
                 date: "2022-10-09", slug: "pan-cong-ming"),
        Expected(title: "路生梅：在党和群众需要的地方扎根", subtitle: nil, series: nil, authors: ["姜辰蓉"], place: "西安",
                 date: "2022-10-09", slug: "lu-sheng-mei"),
        Expected(title: "强基固本筑堡垒 凝心聚力担使命", subtitle: "——党的基层组织在革命性锻造中更加坚强有力",
                 series: "奋斗百年路 启航新征程·党旗在基层一线高高飘扬", authors: [], place: "北京", date: "2021-06-30",
                 slug: "qiang-ji-gu-ben-zhu-bao-lei"),
    ]

    @Test func fourArticlesWithTheirMetadata() throws {
        let articles = try ImportFixtures.seedArticles().articles
        try #require(articles.count == 4)
        for (article, expected) in zip(articles, expected) {
            #expect(article.title == expected.title)
            #expect(article.subtitle == expected.subtitle)
            #expect(article.series == expected.series)
            #expect(article.authors == expected.authors)
            #expect(article.agency == "新华社")
            #expect(article.place == expected.place)
            #expect(article.date?.iso == expected.date)
            #expect(article.slug == expected.slug)
        }
        #expect(articles.map(\.source) == ["000_2fd502087726ba7a.txt:3-143", "000_2fd502087726ba7a.txt:145-179",
                                           "000_2fd502087726ba7a.txt:181-207", "001_5b56f065b27f565b.txt:3-151"])
    }

    @Test func everyPageBreakIsJoined() throws {
        let (articles, notes) = try ImportFixtures.seedArticles()
        let joins = notes.filter { $0.message.hasPrefix("joined page break") }.map { "\($0.location.file.suffix(8)):\($0.location.line ?? 0)" }
        #expect(joins == ["ba7a.txt:39", "ba7a.txt:65", "ba7a.txt:91", "ba7a.txt:163", "ba7a.txt:193",
                          "565b.txt:51", "565b.txt:73", "565b.txt:151"])
        let text = articles.flatMap(ImportFixtures.paragraphs).joined(separator: "\n")
        for joined in ["树立大抓基层的鲜明导向", "水平不断提高，", "等大大战考中", "带领团队对提纯工序", "到了病人家里时几乎",
                       "处置“僵尸企业”过程中，深入做好", "对抓好非公企业党建工作作出重要部署。", "集中力量限期解决突出问题。"] {
            #expect(text.contains(joined), "\(joined)")
        }
        // No paragraph is left ending mid-sentence.
        #expect(!notes.contains { $0.message.hasPrefix("paragraph ends mid-sentence") })
    }

    @Test func captionIsOutOfTheParagraph() throws {
        let article = try #require(ImportFixtures.seedArticles().articles.last)
        let caption = try #require(ImportFixtures.captions(article).first)
        #expect(caption.hasPrefix("近日，在长兴县小浦镇光耀村"))
        let index = try #require(article.body.firstIndex(of: .caption(text: caption, line: 77)))
        #expect(article.body[index - 1].text.hasSuffix("对抓好非公企业党建工作作出重要部署。"))
        #expect(!ImportFixtures.paragraphs(article).contains { $0.contains("长兴县") })
    }

    @Test func swappedArticleStartsWithItsLeadAndReadsInOrder() throws {
        let article = try #require(ImportFixtures.seedArticles().articles.last)
        let paragraphs = ImportFixtures.paragraphs(article)
        #expect(paragraphs.first?.hasPrefix("党的力量来自组织。上下贯通") == true)
        #expect(paragraphs.last == "（新华社北京6月30日电）")
        // The halves meet: …集 + 中力量…, and the first half's opening follows.
        let joined = try #require(paragraphs.firstIndex { $0.hasPrefix("持续整顿软弱涣散村党组织") })
        #expect(paragraphs[joined].hasSuffix("的“四个一”整治措施，集中力量限期解决突出问题。"))
        #expect(paragraphs[joined + 1].hasPrefix("推动发展壮大村级集体经济。"))
        #expect(ImportFixtures.headings(article) == [
            "坚持用马克思主义中国化最新成果武装全党 基层党组织政治功能明显增强",
            "坚持党管农村优良传统 为脱贫攻坚、乡村振兴提供坚强组织保证",
            "围绕让城市生活更美好 系统建设整体建设城市基层党建",
            "推动党的全面领导落实到基层 加强机关企事业单位党建工作",
            "聚焦扩大党在新兴领域的号召力凝聚力 推动非公企业和社会组织党建工作扩面提质",
            "坚持党要管党、全面从严治党 全面落实基层党建工作责任制",
        ])
        #expect(!paragraphs.contains { $0.contains("文/新华社记者") })
    }

    @Test func punctuationIsFullWidthInChineseContextOnly() throws {
        let article = try #require(ImportFixtures.seedArticles().articles.last)
        let text = ImportFixtures.paragraphs(article).joined()
        #expect(!text.unicodeScalars.contains { ",:;?!()".unicodeScalars.contains($0) })
        #expect(text.contains("《中国共产党国有企业基层组织工作条例（试行）》"))
        // Numbers keep their points.
        #expect(text.contains("330.6万个基层党组织") && text.contains("19.5万个基层党组织"))
        // The stray Latin word is left for an editor, and reported.
        #expect(text.contains("社会组织 and 律师"))
        let notes = try ImportFixtures.seedArticles().notes.map(\.description)
        #expect(notes.contains(#"sources/001_5b56f065b27f565b.txt:87: warning: Latin word "and" in Chinese text"#))
        #expect(notes.contains(#"sources/001_5b56f065b27f565b.txt:113: warning: doubled character "从从" in "能够从从小到""#))
        #expect(notes.contains(#"sources/000_2fd502087726ba7a.txt:35: warning: doubled character "到到" in "记每到到一个""#))
    }

    @Test func otherEncodingsImportToTheSameFiles() throws {
        let name = ImportFixtures.seedNames[1]
        let original = try ImportFixtures.seed(name)
        let expected = try SourceImporter.articles(from: original, file: name).articles.map(MarkdownWriter.document)
        let text = try #require(String(data: original, encoding: .utf8))
        var copies: [(String, Data)] = [
            ("GB18030", try ImportFixtures.data("Seeds/001_5b56f065b27f565b.gb18030.txt")),
            ("CRLF", Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)),
        ]
        for (label, encoding, bom) in [("UTF-16LE", String.Encoding.utf16LittleEndian, Data([0xFF, 0xFE])),
                                       ("UTF-16BE", .utf16BigEndian, Data([0xFE, 0xFF]))] {
            copies.append((label, bom + (try #require(text.data(using: encoding)))))
        }
        for (label, data) in copies {
            #expect(data != original)
            let markdown = try SourceImporter.articles(from: data, file: name).articles.map(MarkdownWriter.document)
            #expect(markdown == expected, "\(label)")
        }
    }

    /// `stele import sources/*.txt` into an empty folder reproduces the committed content/ byte for byte.
    @Test func importReproducesCommittedContent() throws {
        let folder = try ImportFixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sources = ImportFixtures.seedNames.map { ImportFixtures.packageRoot.appendingPathComponent("sources/\($0)").path }
        let outcome = Importer(destination: folder.path).run(sources)
        #expect(outcome.succeeded)
        let content = ImportFixtures.packageRoot.appendingPathComponent("content")
        let committed = try FileManager.default.contentsOfDirectory(atPath: content.path).filter { $0.hasSuffix(".md") }.sorted()
        let imported = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(imported == committed)
        for name in imported {
            let expected = try Data(contentsOf: content.appendingPathComponent(name))
            #expect(try Data(contentsOf: folder.appendingPathComponent(name)) == expected, "content/\(name) differs from a fresh import")
        }
    }

    @Test func committedContentBuildsAndRendersEveryBlock() throws {
        let articles = try ImportFixtures.seedArticles().articles
        for article in articles {
            let document = try ContentDocument(parsing: MarkdownWriter.document(for: article), file: article.slug + ".md")
            let rendered = MarkdownRenderer().render(document.body)
            let expected = article.body.compactMap { block -> String? in
                switch block {
                case .heading: nil
                case let .paragraph(text, _, _): text
                case let .caption(text, _): MarkdownWriter.captionLabel + text
                case let .note(text, _): text
                }
            }
            #expect(rendered.paragraphs.map(\.text) == expected)
            #expect(rendered.headings.map(\.text) == ImportFixtures.headings(article))
        }
    }
}
