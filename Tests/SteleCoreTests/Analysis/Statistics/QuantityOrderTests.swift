import Foundation
import Testing
@testable import SteleAnalysis
import SteleText

/// The statistics page lists each group's quantities largest first; the fast sort compares doubles
/// where they are far apart and must give exactly the order of the exact comparison.
@Suite struct QuantityOrderTests {
    private func cited(_ value: String, _ text: String, path: String = "articles/a/", paragraph: Int = 1)
        -> StatisticsReport.CitedQuantity
    {
        let quantity = Quantity(text: text, value: Decimal(string: value)!, upper: nil, approximation: nil, unit: "个",
                                counts: nil, group: .other, change: nil, start: 0, length: text.count)
        return StatisticsReport.CitedQuantity(quantity: quantity, articleTitle: "标题", articlePath: path, paragraphID: "p-\(paragraph)")
    }

    @Test func theFastSortGivesTheExactOrder() async {
        var quantities = [
            cited("1.00000000000000000001", "甲"), cited("1.00000000000000000002", "乙"), cited("1", "丙"),
            cited("1", "丁"), cited("1", "丙", path: "articles/b/"), cited("-3.5", "戊"), cited("0", "己"),
            cited("123456789012345678901234567890", "庚"), cited("123456789012345678901234567891", "辛"),
            cited("0.000000000000000000000001", "壬"), cited("-0.000000000000000000000001", "癸"),
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let mantissa = Int.random(in: -1_000_000...1_000_000, using: &generator)
            let exponent = Int.random(in: -12...12, using: &generator)
            quantities.append(cited("\(mantissa)e\(exponent)", "\(mantissa)"))
        }
        // Ties on value, told apart by text, then article, then paragraph (by bytes: p-10 before p-2);
        // 1.50 and 1.5 are one value spelt two ways.
        for index in 0..<200 {
            let value = ["100", "1.5", "1.50", "7"][index % 4]
            quantities.append(cited(value, ["一百", "百", "1.5", "七"][index / 4 % 4],
                                    path: "articles/\(["a", "b", "c"][index / 16 % 3])/", paragraph: [1, 2, 10, 21][index / 48 % 4]))
        }
        quantities.shuffle()
        let exact = quantities.sorted(by: StatisticsReport.isListed(_:before:))
        let all = Self.inArticles(quantities)
        let order = await StatisticsReport.listedOrder(all)
        #expect(order.keys.sorted(by: { $0.rawValue < $1.rawValue }) == [.other])
        let fast = StatisticsReport.ListedQuantities(all: all, order: order[.other] ?? [])
        #expect(fast.map(\.quantity.text) == exact.map(\.quantity.text))
        #expect(fast.map(\.articlePath) == exact.map(\.articlePath))
        #expect(fast.map(\.paragraphID) == exact.map(\.paragraphID))
        #expect(fast.map(\.quantity.value) == exact.map(\.quantity.value))
        #expect(fast.first?.quantity.text == "辛")
    }

    /// The articles' own lists are read as one sequence: by position, in a loop, and in order.
    @Test func theArticlesListsReadAsOne() {
        let quantities = (0..<40).map { cited("\($0)", "第\($0)") }
        let all = Self.inArticles(quantities)
        #expect(all.count == 40)
        #expect(all.map(\.quantity.text) == quantities.map(\.quantity.text))
        #expect(all.indices.map { all[$0].quantity.text } == quantities.map(\.quantity.text))
        #expect(all.places.map { all[$0].quantity.text } == quantities.map(\.quantity.text))
        #expect(CitedQuantities().isEmpty)
    }

    /// `quantities` as the analysis leaves them: cut into articles' lists of 0 to 7 quantities, and
    /// wherever the article changes.
    static func inArticles(_ quantities: [StatisticsReport.CitedQuantity]) -> CitedQuantities {
        var all = CitedQuantities()
        var rest = quantities[...]
        var length = 0
        while let first = rest.first {
            let run = rest.prefix(length).prefix { $0.articlePath == first.articlePath && $0.articleTitle == first.articleTitle }
            all.append(run: ArticleQuantities(articleTitle: first.articleTitle, articlePath: first.articlePath,
                                              list: run.map { ParagraphQuantity(quantity: $0.quantity, paragraph: Int($0.paragraphID.dropFirst(2))!) }))
            rest = rest.dropFirst(run.count)
            length = (length + 3) % 8
        }
        return all
    }
}
