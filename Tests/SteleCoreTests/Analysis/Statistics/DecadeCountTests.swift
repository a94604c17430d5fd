import Testing
@testable import SteleAnalysis

@Suite struct DecadeCountTests {
    @Test func countsEveryDecadeFromFirstToLast() {
        #expect(DecadeCount.histogram(years: [1949, 1927, 1921, 1968]) == [
            DecadeCount(decade: 1920, count: 2), DecadeCount(decade: 1930, count: 0),
            DecadeCount(decade: 1940, count: 1), DecadeCount(decade: 1950, count: 0),
            DecadeCount(decade: 1960, count: 1),
        ])
        #expect(DecadeCount.histogram(years: []) == [])
    }
}
