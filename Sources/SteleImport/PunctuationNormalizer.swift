import SteleText

/// Turns ASCII punctuation inside Chinese text into its full-width form (`,` → `，`), leaving
/// numbers (51.8, 1,000), times (10:30), URLs and Latin text as they are.
///
/// A mark counts as Chinese when the nearest non-space character before or after it is Chinese;
/// a pair of parentheses when what it encloses or what stands around it is Chinese.
enum PunctuationNormalizer {
    static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）", ".": "。",
    ]

    /// The converted text and how many of each ASCII mark were converted.
    package static func normalize(_ text: String) -> (text: String, converted: [Unicode.Scalar: Int]) {
        let scalars = Array(text.unicodeScalars)
        var protected = RangeCursor(urlRanges(in: scalars))
        let pairs = parenthesisPairs(in: scalars)
        var output = String.UnicodeScalarView()
        var converted: [Unicode.Scalar: Int] = [:]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard let wide = fullWidth[scalar], !protected.contains(index),
                  shouldConvert(at: index, in: scalars, pairs: pairs)
            else {
                output.append(scalar)
                index += 1
                continue
            }
            // Spaces around a full-width mark are a typing habit of Latin text; Chinese has none.
            while let last = output.last, last == " ", previousVisible(before: index, in: scalars)?.isChineseText == true {
                output.removeLast()
            }
            output.append(wide)
            converted[scalar, default: 0] += 1
            index += 1
            if nextVisible(from: index, in: scalars)?.isChineseText == true {
                while index < scalars.count, scalars[index] == " " { index += 1 }
            }
        }
        return (String(output), converted)
    }

    private static func shouldConvert(at index: Int, in scalars: [Unicode.Scalar], pairs: [Int: Int]) -> Bool {
        let scalar = scalars[index]
        let before = index > 0 ? scalars[index - 1] : nil
        let after = index + 1 < scalars.count ? scalars[index + 1] : nil
        let previous = previousVisible(before: index, in: scalars)
        let next = nextVisible(from: index + 1, in: scalars)
        switch scalar {
        case ",", ":":
            // 1,000 and 10:30 stay.
            if before?.isASCIIDigit == true && after?.isASCIIDigit == true { return false }
            return previous?.isChineseText == true || next?.isChineseText == true
        case ".":
            // Only a full stop right after an ideograph that ends a sentence, never 51.8 or a domain.
            guard before?.isHan == true else { return false }
            return after == nil || after?.isChineseText == true
        case "(", ")":
            guard let partner = pairs[index] else {
                return previous?.isChineseText == true || next?.isChineseText == true
            }
            let open = min(index, partner), close = max(index, partner)
            let inside = scalars[(open + 1)..<close].contains(where: \.isHan)
            return inside || previousVisible(before: open, in: scalars)?.isChineseText == true
                || nextVisible(from: close + 1, in: scalars)?.isChineseText == true
        default:
            return previous?.isChineseText == true || next?.isChineseText == true
        }
    }

    private static func previousVisible(before index: Int, in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        var position = index - 1
        while position >= 0, scalars[position] == " " { position -= 1 }
        return position >= 0 ? scalars[position] : nil
    }

    private static func nextVisible(from index: Int, in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        var position = index
        while position < scalars.count, scalars[position] == " " { position += 1 }
        return position < scalars.count ? scalars[position] : nil
    }

    /// Each ASCII parenthesis mapped to its partner, both ways.
    private static func parenthesisPairs(in scalars: [Unicode.Scalar]) -> [Int: Int] {
        var pairs: [Int: Int] = [:]
        var open: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            if scalar == "(" {
                open.append(index)
            } else if scalar == ")", let start = open.popLast() {
                pairs[start] = index
                pairs[index] = start
            }
        }
        return pairs
    }

    /// `http://…`, `https://…` and `www.…` up to the next space or Chinese character.
    static func urlRanges(in scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var index = 0
        while index < scalars.count {
            // Every address starts with h or w: only there are the next scalars made a string to compare.
            guard "hHwW".unicodeScalars.contains(scalars[index]) else {
                index += 1
                continue
            }
            let rest = scalars[index...].prefix(8).map(Character.init)
            let starts = String(rest).lowercased()
            guard starts.hasPrefix("http://") || starts.hasPrefix("https://") || starts.hasPrefix("www.") else {
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, !scalars[end].isWhitespace, !scalars[end].isChineseText { end += 1 }
            // A sentence mark right after a URL belongs to the sentence.
            while end > index, let last = Optional(scalars[end - 1]), ".,:;!?)".unicodeScalars.contains(last) { end -= 1 }
            ranges.append(index..<end)
            index = max(end, index + 1)
        }
        return ranges
    }
}
