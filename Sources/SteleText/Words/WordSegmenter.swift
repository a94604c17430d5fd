/// Cuts text into words.
public protocol WordSegmenter: Sendable {
    /// Every token of `text`, in order, covering it without gaps; offsets count Unicode scalars.
    func tokens(in text: String) -> [Token]
}

extension WordSegmenter {
    /// The tokens of `scalars`: ideographic runs cut by `cutIdeographs`, digits and Latin letters as one
    /// token per run, every other scalar (punctuation, space) a token of its own.
    ///
    /// Both segmenters share this split, so numbers and punctuation come out the same whichever cuts the Chinese.
    static func splitRuns(_ scalars: [Unicode.Scalar],
                          cutIdeographs: (_ start: Int, _ end: Int) -> [Token]) -> [Token] {
        var tokens: [Token] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isHan {
                var end = index + 1
                while end < scalars.count && scalars[end].isHan { end += 1 }
                tokens += cutIdeographs(index, end)
                index = end
            } else if scalar.digitValue != nil || scalar.isLatinLetter {
                var end = index + 1
                var hasLetter = scalar.isLatinLetter
                while end < scalars.count {
                    let next = scalars[end]
                    if next.digitValue != nil || next.isLatinLetter {
                        hasLetter = hasLetter || next.isLatinLetter
                        end += 1
                    } else if (next == "." || next == "．"), end + 1 < scalars.count,
                              scalars[end - 1].digitValue != nil, scalars[end + 1].digitValue != nil {
                        end += 2  // a decimal point belongs to its number
                    } else {
                        break
                    }
                }
                tokens.append(token(scalars, index, end, kind: hasLetter ? .latin : .number, tag: hasLetter ? "eng" : "m"))
                index = end
            } else {
                let kind: Token.Kind = scalar.isWhitespace ? .space : .punctuation
                tokens.append(token(scalars, index, index + 1, kind: kind, tag: kind == .space ? "" : "x"))
                index += 1
            }
        }
        return tokens
    }

    package static func token(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, kind: Token.Kind, tag: String) -> Token {
        Token(text: String(scalars: scalars[start..<end]), kind: kind, tag: tag, start: start, length: end - start)
    }
}
