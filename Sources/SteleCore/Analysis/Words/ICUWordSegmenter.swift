import CICU

/// Cuts Chinese with ICU's word break iterator: the fallback when no jieba dictionary is found.
///
/// ICU's own dictionary is weaker on names and political vocabulary (it splits 习近平 into 习|近平),
/// and gives no part-of-speech tags, so pages built this way say so.
public struct ICUWordSegmenter: WordSegmenter {
    public init() {}

    public func tokens(in text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        return Self.splitRuns(scalars) { start, end in
            breakRun(scalars, start, end)
        }
    }

    /// ICU's words of the ideograph run `scalars[start..<end]`; a run it cannot handle is one token a character.
    private func breakRun(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int) -> [Token] {
        var utf16: [UInt16] = []
        // scalarAt[i]: the scalar offset within the run at UTF-16 offset i.
        var scalarAt: [Int] = []
        for (offset, scalar) in scalars[start..<end].enumerated() {
            for unit in String(scalar).utf16 {
                utf16.append(unit)
                scalarAt.append(offset)
            }
        }
        scalarAt.append(end - start)
        let capacity = utf16.count + 1
        var boundaries = [Int32](repeating: 0, count: capacity)
        var statuses = [Int32](repeating: 0, count: capacity)
        let found = stele_icu_word_breaks("zh", utf16, Int32(utf16.count), &boundaries, &statuses, Int32(capacity))
        guard found >= 2, found <= capacity else {
            return (start..<end).map { Self.token(scalars, $0, $0 + 1, kind: .word, tag: "") }
        }
        var tokens: [Token] = []
        for index in 1..<Int(found) {
            let from = start + scalarAt[Int(boundaries[index - 1])]
            let to = start + scalarAt[Int(boundaries[index])]
            if from < to { tokens.append(Self.token(scalars, from, to, kind: .word, tag: "")) }
        }
        return tokens
    }
}
