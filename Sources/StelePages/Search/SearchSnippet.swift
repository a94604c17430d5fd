/// The snippet a result shows: the text around the first match of a query in an article's paragraphs,
/// each match marked. static/search.js cuts it the same way from the fragment's text, counting in code
/// points (Unicode scalars), and marks matches with `<mark>` made by DOM methods.
struct SearchSnippet: Equatable {
    /// Code points kept before the first match, and after it.
    static let before = 30
    static let after = 90

    struct Part: Equatable {
        var text: String
        var isMatch = false
    }

    var parts: [Part]

    /// Words are looked for whole (基层党建) first, then by their terms (基层, 党建), so a query matched
    /// by its pairs alone still marks something; without any match, the opening of the text.
    init(paragraphs: [String], words: [SearchTerms.Word]) {
        let needles = [words.map(\.text), words.flatMap(\.terms)]
            .map { $0.map { Array($0.unicodeScalars) }.filter { !$0.isEmpty } }
        for candidates in needles {
            for paragraph in paragraphs {
                let scalars = Array(paragraph.unicodeScalars)
                let folded = scalars.map(Self.fold)
                if let (start, length) = Self.firstMatch(in: folded, from: 0, of: candidates) {
                    self.parts = Self.cut(scalars, folded: folded, around: start, length: length, marking: candidates)
                    return
                }
            }
        }
        let opening = Array((paragraphs.first ?? "").unicodeScalars)
        let end = min(opening.count, Self.before + Self.after)
        self.parts = [Part(text: Self.text(opening[0..<end]) + (end < opening.count ? "…" : ""))]
    }

    /// Lower case, kept when lower-casing would change the number of code points (so indices agree).
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first! : scalar
    }

    /// The first position at or after `from` where a needle starts, the longest there.
    private static func firstMatch(in folded: [Unicode.Scalar], from: Int, of needles: [[Unicode.Scalar]])
        -> (start: Int, length: Int)?
    {
        guard from < folded.count else { return nil }
        for start in from..<folded.count {
            let lengths = needles.filter { start + $0.count <= folded.count && folded[start..<(start + $0.count)].elementsEqual($0) }
                .map(\.count)
            if let length = lengths.max() { return (start, length) }
        }
        return nil
    }

    private static func cut(_ scalars: [Unicode.Scalar], folded: [Unicode.Scalar], around start: Int, length: Int,
                            marking needles: [[Unicode.Scalar]]) -> [Part] {
        let from = max(0, start - before), to = min(scalars.count, start + length + after)
        var parts: [Part] = []
        var position = from
        var next: (start: Int, length: Int)? = (start, length)
        while let match = next, match.start + match.length <= to {
            if match.start > position { parts.append(Part(text: text(scalars[position..<match.start]))) }
            parts.append(Part(text: text(scalars[match.start..<(match.start + match.length)]), isMatch: true))
            position = match.start + match.length
            next = firstMatch(in: folded, from: position, of: needles)
        }
        if position < to { parts.append(Part(text: text(scalars[position..<to]))) }
        if from > 0 { parts.insert(Part(text: "…"), at: 0) }
        if to < scalars.count { parts.append(Part(text: "…")) }
        return parts
    }

    private static func text(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(scalars))
    }

    /// The snippet as HTML-like text, `<mark>` around matches: for tests to read at a glance.
    var marked: String {
        parts.map { $0.isMatch ? "<mark>\($0.text)</mark>" : $0.text }.joined()
    }
}
