import Foundation
import Testing
@testable import SteleImport
@testable import SteleText

@Suite struct ChineseNumeralTests {
    func parse(_ text: String) -> ChineseNumeral? { ChineseNumeral.parse(Array(text.unicodeScalars), at: 0) }

    @Test(arguments: [
        ("二十", 20), ("十五", 15), ("一百零五", 105), ("两万三千", 23_000), ("三千零五十", 3_050),
        ("一亿二千万", 120_000_000), ("三万亿", 3_000_000_000_000), ("十", 10), ("壹佰贰拾", 120),
    ] as [(String, Int)])
    func chineseNumerals(text: String, value: Int) throws {
        let numeral = try #require(parse(text))
        #expect(numeral.value == Decimal(value))
        #expect(numeral.end == text.unicodeScalars.count)
        #expect(numeral.approximation == nil)
    }

    @Test(arguments: [
        ("51.8万", "518000"), ("249.2万", "2492000"), ("1.5亿", "150000000"), ("12.7万", "127000"),
        ("2000万", "20000000"), ("3千万", "30000000"), ("99.99", "99.99"), ("1,200", "1200"), ("１２", "12"),
    ])
    func arabicDigitsAndScales(text: String, value: String) throws {
        let numeral = try #require(parse(text))
        #expect(numeral.value == Decimal(string: value))
        #expect(numeral.end == text.unicodeScalars.count)
    }

    @Test(arguments: [
        ("400多万", "4000000", "多", Approximation.Kind.over), ("三十多万", "300000", "多", .over),
        ("30余", "30", "余", .over), ("十几", "10", "几", .over), ("十来", "10", "来", .about),
    ])
    func approximationsInsideTheNumber(text: String, value: String, word: String, kind: Approximation.Kind) throws {
        let numeral = try #require(parse(text))
        #expect(numeral.value == Decimal(string: value))
        #expect(numeral.approximation == Approximation(kind, word: word))
    }

    @Test(arguments: [("四五", 4, 5), ("两三", 2, 3), ("三四十", 30, 40), ("3至5", 3, 5), ("3-5", 3, 5)])
    func ranges(text: String, low: Int, high: Int) throws {
        let numeral = try #require(parse(text))
        #expect(numeral.value == Decimal(low))
        #expect(numeral.upper == Decimal(high))
        #expect(numeral.approximation?.kind == .range)
        #expect(numeral.end == text.unicodeScalars.count)
    }

    @Test func aThousandsSeparatorNeedsThreeDigitsAfterIt() throws {
        #expect(try #require(parse("12,34")).value == 12, "12,34: the comma is a clause break")
        #expect(try #require(parse("1,2345")).value == 1)
    }

    @Test func marksWhatIsNoAmount() throws {
        #expect(try #require(parse("二〇二一")).isDigitString)
        #expect(try #require(parse("一")).isBareOne)
        #expect(try #require(parse("百")).leadingMagnitude == "百")
        #expect(try #require(parse("2021")).arabicIntegerDigits == 4)
        #expect(parse("年") == nil)
    }
}
