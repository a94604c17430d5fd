import SteleSupport
import SteleText
import Testing

/// Tables of words keyed by bytes (`TextKey`, `WordSet`) find, order and tell apart words as the
/// pages hold them.
@Suite struct TextKeyTests {
    static let words = ["党建", "基层", "乡村振兴", "的", "COVID", "5G", "海阳市", "基层党建", "ａ", "🚢"]

    @Test func equalTextIsOneKeyAndOrderIsStringOrder() {
        let keys = Self.words.map { TextKey($0) }
        #expect(Set(keys + keys.map { TextKey(String($0.text.unicodeScalars.map(Character.init))) }).count == keys.count)
        #expect(keys.sorted().map(\.text) == Self.words.sorted())
        #expect(TextKey("基层") < TextKey("基层党建") && !(TextKey("基层") < TextKey("基层")))
    }

    @Test func aDecomposedSpellingIsAnotherKey() {
        let composed = "caf\u{E9}"
        let decomposed = "cafe\u{301}"
        #expect(composed == decomposed, "String compares by canonical equivalence")
        #expect(TextKey(composed) != TextKey(decomposed))
        #expect(!composed.hasSameBytes(as: decomposed) && composed.hasSameBytes(as: "café"))
    }

    @Test func aWordSetHoldsItsWordsOnly() {
        let set = WordSet(["的", "了", "在"])
        #expect(set.contains("的") && !set.contains("的确") && !set.contains(""))
        #expect(set.union(["和"]).count == 4 && Set(set) == ["的", "了", "在"])
    }
}
