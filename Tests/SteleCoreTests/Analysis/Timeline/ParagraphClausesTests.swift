import Testing
@testable import SteleAnalysis

/// The paragraph's sentences and the other dates, found once for all its dates, answer as a search of
/// the whole paragraph would.
@Suite struct ParagraphClausesTests {
    @Test func aSentenceRunsToItsMarkAndTheClosingMarksAfterIt() {
        let text = Array("甲乙。丙“丁？”戊……己，庚".unicodeScalars)
        let paragraph = ParagraphClauses(text, trimmer: ClauseTrimmer())
        // 甲乙。| 丙“丁？” | 戊…… | 己，庚
        let sentenceOf = text.indices.map { paragraph.sentence(around: $0) }
        #expect(sentenceOf == [0, 0, 0, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3])
        var clauses = paragraph
        #expect(clauses.clauses(ofSentence: 3) == [11..<13, 13..<14])
        #expect(clauses.clauses(ofSentence: 1) == [3..<6])
    }

    @Test func otherDatesAreThoseOutsideTheRunThatAClauseOverlaps() {
        var random = SeededRandom(seed: 13)
        for _ in 0..<500 {
            let dates = random.disjointRanges(count: 0...12, gap: 0...4, length: 1...5)
            let end = dates.last?.upperBound ?? 0
            let run: Range<Int>
            if dates.isEmpty {
                run = 0..<1
            } else {
                let first = Int.random(in: dates.indices, using: &random)
                let last = Int.random(in: first..<dates.count, using: &random)
                run = dates[first].lowerBound..<dates[last].upperBound
            }
            let others = OtherDates(dates, outside: run)
            for _ in 0..<20 {
                let start = Int.random(in: 0...(end + 2), using: &random)
                let clause = start..<(start + Int.random(in: 1...8, using: &random))
                let expected = dates.filter { !run.contains($0.lowerBound) }.contains { clause.overlaps($0) }
                #expect(others.overlap(clause) == expected, "\(dates) \(run) \(clause)")
            }
        }
    }
}
