import SteleText

/// Character classes the importer decides by. Raw texts are Chinese with some Latin, so the
/// questions are few: is this an ideograph, does this mark end a sentence, does it leave one open.
enum ChineseText {
    /// Marks after which a sentence is complete (a paragraph may end here).
    /// `；` and `：` count: parallel paragraphs end with `；` and a lead-in ends with `：`.
    static let sentenceFinal: ScalarSet = ["。", "！", "？", "…", "；", "：", "!", "?", ".", ";", ":"]
    /// Marks that leave a sentence open: a paragraph ending in one was cut.
    static let clauseOpen: ScalarSet = ["，", "、", ",", "“", "‘", "「", "『", "《", "〈", "【", "〔", "（", "(", "—"]
    /// Closing quotes and brackets, looked through when asking how a paragraph ends.
    package static let closers: ScalarSet = ["”", "’", "」", "』", "》", "〉", "】", "〕", "）", ")", "\""]
    /// Marks a heading never holds: a line with one is a sentence, not a heading.
    static let sentenceMarks: ScalarSet = ["。", "，", "；", "！", "？", ",", ";", "!", "?"]
    /// Marks that split a sentence into clauses; a one-clause fragment has none.
    static let clauseMarks: ScalarSet = ["，", "、", "；", "：", ",", ";", ":"]

    /// The longest line (in characters) still taken for a heading or a title.
    static let headingLimit = 40
    /// The longest line taken for a title that holds sentence marks, when what opens a report follows it.
    static let titleLimit = 30
    /// The longest paragraph taken for a sentence fragment cut off by a page break.
    static let fragmentLimit = 30

    /// How a block of text ends.
    enum Ending: Equatable {
        /// With a sentence-final mark (possibly inside closing quotes).
        case complete
        /// With a comma, an opening quote or bracket: the sentence goes on.
        case open
        /// With a letter, digit or ideograph and no mark at all: a heading, or a sentence cut short.
        case bare
    }

    static func ending(of text: String) -> Ending {
        // Read backwards from the end, not from a copy of every scalar: a paragraph being joined from
        // many lines is asked again after each one.
        let scalars = text.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, scalars[scalars.index(before: end)].isWhitespace { scalars.formIndex(before: &end) }
        while end > scalars.startIndex, closers.contains(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        guard end > scalars.startIndex else { return .bare }
        let last = scalars[scalars.index(before: end)]
        if sentenceFinal.contains(last) { return .complete }
        return clauseOpen.contains(last) ? .open : .bare
    }

    /// A short line without sentence marks that does not end a sentence: a title or section heading.
    static func looksLikeHeading(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        guard ending(of: text) == .bare, scalars.count <= headingLimit,
              scalars.contains(where: { $0.properties.isAlphabetic }),
              // A remark in brackets (（完）, （记者 张三）) is no heading.
              !(scalars.first == "（" && scalars.last == "）")
        else { return false }
        return !scalars.contains { sentenceMarks.contains($0) }
    }

    /// One short clause that ends a sentence, such as `业党建工作作出重要部署。`: what a page break
    /// leaves at the top of the next page, and rarely a paragraph of its own.
    static func isFragment(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= fragmentLimit, ending(of: text) == .complete,
              let first = scalars.first, first.isHan,
              scalars.contains(where: \.isHan)
        else { return false }
        let finals = scalars.filter { sentenceFinal.contains($0) && !clauseMarks.contains($0) }
        return finals.count == 1 && !scalars.contains { clauseMarks.contains($0) }
    }

    /// Joins `tail` onto `head`, the two halves of a paragraph: nothing between ideographs, a space
    /// between Latin words. In place: a paragraph joined from many lines grows by appending, where `head + tail` copied all
    /// of it at every line.
    static func join(_ tail: String, to head: inout String) {
        if let last = head.unicodeScalars.last, let first = tail.unicodeScalars.first,
           !last.isChineseText, !first.isChineseText {
            head += " "
        }
        head += tail
    }
}
