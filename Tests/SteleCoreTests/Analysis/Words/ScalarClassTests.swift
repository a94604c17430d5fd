import Testing
import SteleText

/// The scalar classes and tables the scanners ask at every scalar answer as the standard library's
/// would: `isWhitespace` as Unicode's White_Space property, `isAlphabetic` and `isLetterOrNumber` as
/// the Alphabetic property and a numeric type, `ScalarSet` and `ScalarMap` as a `Set` and a
/// `Dictionary` of the same scalars.
@Suite struct ScalarClassTests {
    @Test func whitespaceIsUnicodesWhiteSpaceForEveryScalar() {
        let differing = (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter { $0.isWhitespace != $0.properties.isWhitespace }
        #expect(differing.isEmpty, "\(differing.map { String($0.value, radix: 16) })")
    }

    @Test func lettersAndNumbersAreUnicodesForEveryScalar() {
        let scalars = (0...0x10FFFF).compactMap(Unicode.Scalar.init)
        let differing = scalars.filter {
            $0.isAlphabetic != $0.properties.isAlphabetic
                || $0.isLetterOrNumber != ($0.properties.isAlphabetic || $0.properties.numericType != nil)
        }
        #expect(differing.isEmpty, "\(differing.prefix(20).map { String($0.value, radix: 16) })")
        #expect(Unicode.Scalar("五").isLetterOrNumber && Unicode.Scalar("²").isLetterOrNumber)
        #expect(!Unicode.Scalar("，").isLetterOrNumber && !Unicode.Scalar("。").isAlphabetic)
    }

    @Test func aScalarSetHoldsWhatASetHolds() {
        let members: [Unicode.Scalar] = ["，", "。", "a", " ", "𠀀", "\u{0}", "\u{10FFFF}", "。"]
        let set = ScalarSet(members)
        let expected = Set(members)
        #expect(set.count == expected.count)
        #expect(Set(set) == expected)
        let asked = members + ["b", "、", "\u{1}", "\u{10FFFE}", "𠀁", "中"]
        #expect(asked.allSatisfy { set.contains($0) == expected.contains($0) })
        #expect(!ScalarSet([]).contains("a"))
        #expect(set.union(["中"]).contains("中") && set.union(["中"]).count == expected.count + 1)
    }

    @Test func aScalarMapFindsWhatADictionaryFinds() {
        let map: ScalarMap<Int> = ["一": 1, "二": 2, "十": 10, "万": 10_000, "〇": 0]
        #expect(map["一"] == 1 && map["万"] == 10_000 && map["〇"] == 0)
        #expect(map["三"] == nil && map["a"] == nil && map["\u{10FFFF}"] == nil)
        #expect(Set(map.keySet) == ["一", "二", "十", "万", "〇"])
        #expect(ScalarMap([("甲", 1), ("甲", 2)])["甲"] == 2)
    }
}
