import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleSite

/// The example site (this repository's content/): its quantity table must hold every figure the texts cite.
@Suite struct ExampleCorpusQuantityTests {
    func report() async throws -> (report: StatisticsReport, site: BuiltSite) {
        let folder = SubPathEndToEndTests.exampleSite
        let site = try await SiteBuilder(siteDirectory: folder, now: Fixture.now).build()
        let sources = try WordSources.load(config: site.config, siteDirectory: folder)
        return (try await StatisticsReport(pages: site.pages, sources: sources, eventYears: []), site)
    }

    /// Every 万-scale figure of the two seed texts in sources/, read by hand, with its value and what it counts.
    static let wanScale: [(text: String, value: Int, counts: String?)] = [
        ("51.8万人", 518_000, nil), ("249.2万人", 2_492_000, nil), ("30多万字", 300_000, "笔记"),
        ("330.6万个", 3_306_000, "基层党组织"), ("701.3万名", 7_013_000, "机关企事业单位党员干部"),
        ("846.1万名", 8_461_000, "在职党员"), ("近11万家", 110_000, "民营企业"), ("12.7万个", 127_000, "村"),
        ("19.5万个", 195_000, "基层党组织"), ("400多万个", 4_000_000, "基层党组织"), ("25.5万个", 255_000, "驻村工作队"),
        ("300多万名", 3_000_000, "第一书记"), ("近200万名", 2_000_000, "乡镇干部"), ("数百万名", 1_000_000, "村干部"),
    ]

    @Test func holdsEveryWanScaleFigure() async throws {
        let quantities = try await report().report.quantities.map(\.quantity)
        let found = quantities.filter { $0.text.contains("万") || $0.text.contains("亿") }
        #expect(found.map(\.text).sorted() == Self.wanScale.map(\.text).sorted())
        for expected in Self.wanScale {
            let quantity = try #require(found.first { $0.text == expected.text })
            #expect(quantity.value == Decimal(expected.value), "\(expected.text)")
            #expect(quantity.counts == expected.counts, "\(expected.text)")
        }
    }

    @Test func holdsTheFiguresTheIssueNames() async throws {
        let quantities = try await report().report.quantities.map(\.quantity)
        let texts = Set(quantities.map(\.text))
        #expect(texts.isSuperset(of: ["99.99%", "三个", "40多道", "10多道"]))
        #expect(quantities.first { $0.text == "三个" }?.counts == "孩子")
        #expect(!texts.contains { $0.hasPrefix("2021") || $0.contains("岁") || $0.contains("大") },
                "no dates, ages or congresses")
    }

    @Test func everyFigureLinksToAParagraphOfItsArticle() async throws {
        let (report, site) = try await report()
        for cited in report.quantities {
            let html = try #require(site.text(cited.articlePath + "index.html"))
            #expect(html.contains("<p id=\"\(cited.paragraphID)\">"), "\(cited.quantity.text)")
        }
    }
}
