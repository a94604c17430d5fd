import Testing
import SteleSupport

/// `sortedPrefix` gives what sorting everything and taking the first few gives, equal elements in the
/// order they came, as `sorted(by:)` keeps them.
@Suite struct SortedPrefixTests {
    @Test("the first elements of the sorted sequence, for every count", arguments: [0, 1, 3, 7, 20, 40])
    func theFirstOfTheSorted(count: Int) {
        // Values with many ties, each tagged with where it came, in an order that is not sorted.
        let elements = (0..<30).map { (value: ($0 * 7) % 11, came: $0) }
        let byValue = { (a: (value: Int, came: Int), b: (value: Int, came: Int)) in a.value > b.value }
        let expected = Array(elements.sorted(by: byValue).prefix(count))
        let found = elements.sortedPrefix(count, by: byValue)
        #expect(found.map(\.value) == expected.map(\.value))
        #expect(found.map(\.came) == expected.map(\.came), "equal values keep the order they came in")
    }
}
