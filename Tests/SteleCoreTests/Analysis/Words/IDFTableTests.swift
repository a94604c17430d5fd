import Testing
@testable import SteleAnalysis
@testable import SteleContent
@testable import SteleSupport
@testable import SteleText

@Suite struct IDFTableTests {
    @Test func readsTheWordsAskedForAndTheMedianOfAll() throws {
        let table = try IDFTable.load(StatsFixtures.data("idf.txt"), file: "idf.txt", words: ["党建", "振兴", "治理"])
        #expect(table.values == ["党建": 5.0, "振兴": 7.0])
        #expect(table.median == 5.0, "the median of 2, 4, 5, 6, 7")
        #expect(table.idf("治理") == 5.0, "a word the table lacks gets the median, as in jieba")
    }

    @Test func aLineWithoutANumberIsReportedWithItsLine() throws {
        #expect(throws: WordDataError.unreadable(SourceLocation(file: "idf.txt", line: 2), reason: "an IDF line is 'word number'")) {
            try IDFTable.load(StatsFixtures.data("idf-bad-line.txt"), file: "idf.txt", words: [])
        }
    }

    @Test func readsDebiansIDFTable() throws {
        let table = try IDFTable.load(Data(contentsOf: URL(fileURLWithPath: WordSources.debianIDF)), file: "idf.txt",
                                      words: ["党组织", "的确"])
        #expect(table.values.count == 2)
        #expect(table.median > 5 && table.median < 15)
    }
}

import Foundation
