
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
        guard let words = WordBreaks.words(in: Array(scalars[start..<end])) else {
            return (start..<end).map { Self.token(scalars, $0, $0 + 1, kind: .word, tag: "") }
        }
        return words.map { Self.token(scalars, start + $0.lowerBound, start + $0.upperBound, kind: .word, tag: "") }
    }
}
