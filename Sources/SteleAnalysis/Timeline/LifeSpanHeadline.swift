import SteleText

/// The headline of a birth or death read from a life span in brackets: the person's name and what happened
/// (`邝栢荪出生`, `顾篁逝世`), not the clause around the bracket, which tells of something else.
struct LifeSpanHeadline: Sendable {
    /// The headline for the life span whose bracket opens at `bracket`, nil when no name stands before it.
    func headline(in text: [Unicode.Scalar], bracket: Int, life: ScannedDate.Life) -> String? {
        guard let name = name(in: text, before: bracket) else { return nil }
        return name + (life == .birth ? "出生" : "逝世")
    }

    /// The name right before the bracket. ICU's dictionary breaks a name it does not hold into single
    /// characters (乡村|医生|邝|栢|荪), so the name is the run of single characters that ends there, at most
    /// three; one character alone takes in the word before it when that is short enough to be a surname
    /// (闻人|瑾), a name the dictionary holds takes in a lone surname before it (袁|隆平), and a run that
    /// opens with the suffix of a title (农学|家|顾|篁) leaves the suffix out.
    private func name(in text: [Unicode.Scalar], before bracket: Int) -> String? {
        var start = bracket
        while start > 0, Self.isHan(text[start - 1]) { start -= 1 }
        guard bracket - start >= 2, let words = WordBreaks.words(in: Array(text[start..<bracket])) else { return nil }
        var singles = words.reversed().prefix { $0.count == 1 }.reversed().map { $0 }
        if singles.count > 3 { singles = Array(singles.suffix(3)) }
        if singles.count == 3, Self.titleSuffixes.contains(text[start + singles[0].lowerBound]) {
            singles.removeFirst()
        }
        var first = singles.first?.lowerBound ?? words.last.map(\.lowerBound) ?? 0
        if singles.count == 1, words.count > 1, let before = words.dropLast().last, before.count <= 2 {
            first = before.lowerBound
        } else if singles.isEmpty, words.count > 1, let before = words.dropLast().last, before.count == 1 {
            // 院士|袁|隆平: a surname alone, then a given name the dictionary holds as a word.
            first = before.lowerBound
        }
        let name = text[(start + first)..<bracket]
        guard (2...4).contains(name.count) else { return nil }
        return String(scalars: name)
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isIdeographic
    }

    /// The last characters of words for what a person is or does, which ICU often splits off (农学|家, 创办|人).
    private static let titleSuffixes: ScalarSet = ["家", "人", "者", "师", "员", "长", "士", "生"]
}
