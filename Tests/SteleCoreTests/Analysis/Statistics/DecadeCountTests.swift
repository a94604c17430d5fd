import Testing
@testable import SteleCore

@Suite struct DecadeCountTests {
    @Test func findsFourDigitYearsBefore年() {
        let text = "1949年3月，1927年9月，2021年。51.8万人，12345年，300年，2019年度，2035"
        #expect(DecadeCount.yearsMentioned(in: text) == [1949, 1927, 2021, 2019])
    }

    @Test func aLongRunOfDigitsIsNoYear() {
        #expect(DecadeCount.yearsMentioned(in: String(repeating: "9", count: 40) + "年，1949年") == [1949])
    }

    @Test func countsEveryDecadeFromFirstToLast() {
        #expect(DecadeCount.histogram(years: [1949, 1927, 1921, 1968]) == [
            DecadeCount(decade: 1920, count: 2), DecadeCount(decade: 1930, count: 0),
            DecadeCount(decade: 1940, count: 1), DecadeCount(decade: 1950, count: 0),
            DecadeCount(decade: 1960, count: 1),
        ])
        #expect(DecadeCount.histogram(years: []) == [])
    }
}
