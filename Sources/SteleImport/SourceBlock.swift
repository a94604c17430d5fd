import SteleText

/// One non-blank line of a raw text: the unit the importer reads. Raw texts hold one paragraph,
/// heading or byline per line; a paragraph cut by a page break is two blocks until it is joined.
struct SourceBlock: Sendable, Equatable {
    /// How the line was marked up, in sources that use Markdown marks.
    enum Markup: Sendable, Equatable {
        case none
        /// The whole line in `**…**`.
        case bold
        /// `#`, `##`, …
        case heading(level: Int)
    }

    /// The line in the source file (1-based).
    package var line: Int
    /// The text without its Markdown marks and surrounding spaces, ASCII punctuation made full-width.
    package var text: String
    var markup: Markup
    /// ASCII marks made full-width on this line, for the report.
    var converted: [Unicode.Scalar: Int] = [:]
    /// The web page's source line that stood under this one (a title), taken out of the text.
    var sourceLine: SourceLine?
    /// A photo caption or credit the page dropped in among the paragraphs.
    var isCaption = false
    /// The editor's note (编者按) that stood above this block, a title, taken out of the text.
    var editorNote: BodyBlock?
    /// Text that is not the report's own: a reference list after it (参考资料：…).
    var isNote = false

    /// Headings marked as such in the source (never taken for a paragraph's continuation).
    var isMarkedHeading: Bool {
        switch markup {
        case .none: false
        case .bold: ChineseText.ending(of: text) != .complete
        case .heading: true
        }
    }

    /// A marked heading, or a short line without sentence marks.
    var looksLikeHeading: Bool { isMarkedHeading || ChineseText.looksLikeHeading(text) }

    /// A heading, or a short line that reads as a title over what opens a report, though it holds a comma
    /// or ends in a question (`夜市“亮”了，小城“活”了`, `“先学后付”变“只付不学”？`), never a full stop.
    var couldBeTitle: Bool {
        looksLikeHeading || (text.unicodeScalars.count <= ChineseText.titleLimit && !text.contains("。")
            && ChineseText.ending(of: text) != .open && Byline.parse(text) == nil && !isCaption)
    }

    var ending: ChineseText.Ending { ChineseText.ending(of: text) }

    /// Whether `text` ends a sentence; a dateline ends one too.
    static func endsSentence(_ text: String) -> Bool {
        ChineseText.ending(of: text) == .complete || Dateline.parse(wholeLine: text) != nil
            || Dateline.parse(trailing: text) != nil || (text.hasPrefix("（") && Byline.parse(text) != nil)
    }

    /// Reads the blocks of a decoded file, skipping blank lines.
    package static func blocks(of lines: [String]) -> [SourceBlock] {
        lines.enumerated().compactMap { index, line in block(line: index + 1, text: line) }
    }

    package static func block(line: Int, text raw: String) -> SourceBlock? {
        var text = raw.trimmingSpaces()
        guard !text.isEmpty else { return nil }
        var markup = Markup.none
        let hashes = text.prefix { $0 == "#" }.count
        if (1...6).contains(hashes), text.dropFirst(hashes).first == " " {
            markup = .heading(level: hashes)
            text = String(text.dropFirst(hashes)).trimmingSpaces()
            while text.hasSuffix("#") { text.removeLast() }  // closing hashes of an ATX heading
            text = text.trimmingSpaces()
        } else if text.count > 4, text.hasPrefix("**"), text.hasSuffix("**"),
                  !text.dropFirst(2).dropLast(2).contains("**") {
            markup = .bold
            text = String(text.dropFirst(2).dropLast(2)).trimmingSpaces()
        }
        guard !text.isEmpty else { return nil }
        let (normalized, converted) = PunctuationNormalizer.normalize(text)
        return SourceBlock(line: line, text: normalized, markup: markup, converted: converted)
    }
}

extension String {
    /// Without leading and trailing spaces, including the ideographic spaces that indent Chinese paragraphs.
    func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { !$0.isWhitespace }),
              let end = scalars.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(scalars[start...end])
    }
}
