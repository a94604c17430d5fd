import SteleSupport
import Testing
@testable import SteleImport

@Suite struct PunctuationNormalizerTests {
    @Test(arguments: [
        ("对加强党的建设作出部署;全国累计选派51.8万人,投入1,000万元。", "对加强党的建设作出部署；全国累计选派51.8万人，投入1,000万元。"),
        ("《意见(试行)》印发", "《意见（试行）》印发"),
        ("谁来抓?必须抓!", "谁来抓？必须抓！"),
        ("会议于10:30开始:", "会议于10:30开始："),
        ("(新华社北京6月30日电)", "（新华社北京6月30日电）"),
        ("中国, 美国", "中国，美国"),
        ("生产总值(GDP)增长", "生产总值（GDP）增长"),
    ])
    func chineseContextBecomesFullWidth(input: String, expected: String) {
        #expect(PunctuationNormalizer.normalize(input).text == expected)
    }

    @Test(arguments: [
        "Hello, world (see notes): yes; really? Fine!",
        "51.8 1,000 10:30",
        "https://www.xinhua.net/a,b?x=1:2",
        "version 1.2.3",
    ])
    func latinTextNumbersAndURLsStay(input: String) {
        #expect(PunctuationNormalizer.normalize(input).text == input)
    }

    /// A line of 2,000 addresses between Chinese clauses: each address keeps its marks, each comma between
    /// clauses becomes full-width. (Each mark once asked every address of the line whether it held it.)
    @Test func aLineOfManyAddressesKeepsEachOnesMarks() {
        let clause = "详见https://www.example.org/a,b?x=1:2,谁来抓"
        let result = PunctuationNormalizer.normalize(String(repeating: clause, count: 2_000) + "。")
        #expect(result.text == String(repeating: "详见https://www.example.org/a,b?x=1:2，谁来抓", count: 2_000) + "。")
        #expect(result.converted == [",": 2_000])
    }

    @Test func aRangeCursorAnswersAsTheRangesDo() {
        var random = SeededRandom(seed: 7)
        for _ in 0..<300 {
            let ranges = random.disjointRanges(count: 0...8, gap: 0...5, length: 1...6)
            var cursor = RangeCursor(ranges)
            var start = 0
            for _ in 0..<15 {
                start += Int.random(in: 0...4, using: &random)
                let span = start..<(start + Int.random(in: 1...5, using: &random))
                #expect(cursor.overlaps(span) == ranges.contains { $0.overlaps(span) }, "\(ranges) \(span)")
            }
        }
    }

    @Test func urlInsideChineseKeepsItsMarks() {
        let result = PunctuationNormalizer.normalize("详见https://www.xinhua.net/a,b?x=1:2。谁来抓?")
        #expect(result.text == "详见https://www.xinhua.net/a,b?x=1:2。谁来抓？")
        #expect(result.converted == ["?": 1])
    }

    @Test func fixtureConvertsOnlyChineseContext() throws {
        let article = try #require(ImportFixtures.articles("ascii-punctuation.txt").articles.first)
        #expect(ImportFixtures.paragraphs(article) == [
            "中央印发《意见（试行）》，对加强党的建设作出部署；全国累计选派51.8万人，投入1,000万元。",
            "会议于10:30开始，详见https://www.xinhua.net/a,b?x=1:2。谁来抓？必须抓！",
            "English stays as it is: Hello, world (see notes): yes; really? Fine!",
            "（新华社北京2月3日电）",
        ])
    }

    @Test func reportNamesLineAndMarks() throws {
        let notes = try ImportFixtures.articles("ascii-punctuation.txt").notes
        let line5 = notes.filter { $0.location.line == 5 && $0.kind == "repair" }.map(\.description)
        #expect(line5 == [#"ascii-punctuation.txt:5: ASCII punctuation in Chinese text made full-width: 1 × "(", 1 × ")", 2 × ",", 1 × ";""#])
        #expect(!notes.contains { $0.location.line == 9 && $0.kind == "repair" })
    }
}
