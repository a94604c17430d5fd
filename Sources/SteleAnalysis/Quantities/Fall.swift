import SteleText

/// The words right before a figure that make it a fall (下降3.5个百分点, 负增长2.1%, 同比减少12%), and
/// a minus sign (-8.6%). A level reached after a fall (降至0.8%, 下降到) has 至 or 到 between word and
/// number, so it is no fall: the figure is where the fall ended.
enum Fall {
    /// Verbs of falling, longest first so that 下降 is read whole and not as 降.
    static let words: [[Unicode.Scalar]] = ["负增长", "下降", "下滑", "下跌", "回落", "减少", "降低", "缩减", "萎缩", "减产", "下调", "减", "降", "跌"]
        .map { Array($0.unicodeScalars) }
    static let minusSigns: Set<Unicode.Scalar> = ["-", "－", "−"]

    /// Where the fall's words begin when the figure at `start` is a fall, else nil. `startsWord` says
    /// whether the segmenter starts a word at an offset: the 降 of 起降 (take-offs and landings) is no fall.
    static func start(before start: Int, in scalars: [Unicode.Scalar], startsWord: (Int) -> Bool) -> Int? {
        if start > 0, minusSigns.contains(scalars[start - 1]), start < scalars.count, scalars[start].digitValue != nil {
            // 1898-1961 and COVID-19 join two words: a minus follows no digit or Latin letter.
            guard start >= 2 else { return start - 1 }
            let before = scalars[start - 2]
            let joins = before.digitValue != nil || ChineseNumeral.isNumeralScalar(before)
                || (before.properties.isAlphabetic && before.value < 0x2E80) || ("Ａ"..."ｚ").contains(before)
            return joins ? nil : start - 1
        }
        var end = start
        if end > 0, scalars[end - 1] == "了" { end -= 1 }  // 下降了3.5个百分点
        for word in words where end >= word.count && scalars[(end - word.count)..<end].elementsEqual(word) {
            return startsWord(end - word.count) ? end - word.count : nil
        }
        return nil
    }
}
