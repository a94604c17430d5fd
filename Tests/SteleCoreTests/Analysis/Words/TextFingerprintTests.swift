import SteleSupport
import Testing

/// Summaries tell a sentence other articles share by its `TextFingerprint`: equal texts must share one
/// whatever string or slice holds them, different texts must not, and it must not change between runs.
@Suite struct TextFingerprintTests {
    @Test func equalTextsShareAFingerprintWhateverHoldsThem() {
        let paragraph = "党的力量来自组织。各地完成了验收。"
        let slice = paragraph.prefix(9)
        #expect(String(slice) == "党的力量来自组织。")
        #expect(TextFingerprint(slice) == TextFingerprint("党的力量来自组织。"))
        #expect(TextFingerprint(paragraph.suffix(8)) == TextFingerprint("各地完成了验收。"))
    }

    @Test func differentTextsDoNot() {
        let texts = ["", "a", "b", "ab", "ba", "党的力量来自组织。", "党的力量来自组织", "党的力量来自组织。 ", "é", "e\u{301}"]
            + (0..<2_000).map { "第\($0)句。" }
        #expect(Set(texts.map(TextFingerprint.init)).count == texts.count)
    }

    @Test func isTheSameInEveryProcess() {
        // Not seeded per process as `Hasher` is: a build's choice among colliding sentences must be
        // the same every time. This value was computed once; a change to the hash changes it.
        #expect(TextFingerprint("党的力量来自组织。").value == TextFingerprint("党的力量来自组织。").value)
        #expect(TextFingerprint("stele").value == Self.steleFingerprint)
    }

    private static let steleFingerprint: UInt64 = 5_176_423_198_211_707_583
}
