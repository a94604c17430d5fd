import SteleText

/// The words right before a figure that make it a fall (下降3.5个百分点, 负增长2.1%, 同比减少12%), and
/// a minus sign (-8.6%) or 零下 (零下5度). A level reached after a fall (降至0.8%, 下降到) has 至 or 到
/// between word and number, so it is no fall: the figure is where the fall ended.
///
/// A widening (扩大0.3个百分点) is a rise, unless what widens is itself a fall or a loss: 降幅扩大 and
/// 亏损扩大 say the figure went further down.
enum Fall {
    /// Verbs of falling, longest first so that 下降 is read whole and not as 降.
    static let words: [[Unicode.Scalar]] = ["负增长", "下降", "下滑", "下跌", "回落", "减少", "降低", "缩减", "萎缩", "减产", "下调", "减", "降", "跌"]
        .map { Array($0.unicodeScalars) }
    static let minusSigns: ScalarSet = ["-", "－", "−"]
    /// Below zero on a scale: 零下5度, 零下十摄氏度.
    static let belowZero = Array("零下".unicodeScalars)
    /// Verbs that make a figure larger, whichever way it points.
    static let widenings: [[Unicode.Scalar]] = ["扩大", "加大", "加深"].map { Array($0.unicodeScalars) }
    /// What may widen downwards: the size of a fall (a verb of falling with 幅 or 幅度: 降幅, 跌幅, 下降幅度)
    /// and a loss.
    static let declines: [[Unicode.Scalar]] = {
        let sizes: [[Unicode.Scalar]] = words.flatMap { word -> [[Unicode.Scalar]] in
            [word + Array("幅度".unicodeScalars), word + Array("幅".unicodeScalars)]
        }
        return (sizes + [Array("亏损额".unicodeScalars), Array("亏损".unicodeScalars), Array("亏幅".unicodeScalars)])
            .sorted { $0.count > $1.count }
    }()

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
        if ends(belowZero, at: start, in: scalars), startsWord(start - belowZero.count) { return start - belowZero.count }
        var end = start
        if end > 0, scalars[end - 1] == "了" { end -= 1 }  // 下降了3.5个百分点
        if let widening = widenings.first(where: { ends($0, at: end, in: scalars) }) {
            let verbStart = end - widening.count
            // The decline may end a longer word of the cut (企业亏损|扩大); the verb must start one.
            guard startsWord(verbStart) else { return nil }
            let decline = declines.first { ends($0, at: verbStart, in: scalars) }
            return decline.map { verbStart - $0.count }
        }
        for word in words where ends(word, at: end, in: scalars) {
            return startsWord(end - word.count) ? end - word.count : nil
        }
        return nil
    }

    private static func ends(_ word: [Unicode.Scalar], at end: Int, in scalars: [Unicode.Scalar]) -> Bool {
        end >= word.count && scalars[(end - word.count)..<end].elementsEqual(word)
    }
}
