import SteleSupport
/// Puts an article's body in reading order and repairs it: undoes swapped halves, joins paragraphs
/// cut by page breaks, takes dropped-in photo captions out of the paragraph they interrupt, and
/// merges two-line headings. Every repair becomes a note for the report.
struct ArticleAssembler {
    package var file: String
    private(set) var notes: [Diagnostic] = []

    init(file: String) {
        self.file = file
    }

    /// The article's byline (from the header, else from a byline line in the body) and its body.
    mutating func assemble(_ article: RawArticle) -> (byline: Byline?, body: [BodyBlock]) {
        var main = article.main, tail = article.tail
        // A byline may also stand at the end of the body, just above the dateline.
        let inMain = Self.removeBylines(&main), inTail = Self.removeBylines(&tail)
        let byline = article.header.byline ?? inMain ?? inTail
        let ordered = readingOrder(article, main: main, tail: tail)
        return (byline, blocks(from: ordered))
    }

    /// Main part, dateline, tail — or, when the halves were swapped, tail then main and the dateline last.
    private mutating func readingOrder(_ article: RawArticle, main: [SourceBlock], tail: [SourceBlock]) -> [SourceBlock] {
        var main = main
        var closing: [SourceBlock] = []
        if let placed = article.dateline {
            if placed.standalone {
                closing = [SourceBlock(line: placed.line, text: placed.dateline.text, markup: .none)]
            }
        } else {
            note(article.header.title.line, .warning, "article \"\(article.header.title.text)\" has no dateline")
        }
        guard let first = tail.first, let last = tail.last else { return main + closing }
        guard let opening = main.first, ChineseText.isFragment(opening.text), ArticleSplitter.endsMidSentence(last)
        else {
            note(article.dateline?.line, .warning,
                 "dateline stands before the end of the article (text continues at line \(first.line))")
            return main + closing + tail
        }
        // A dateline that ended a paragraph goes with the article's end, on a line of its own.
        if let placed = article.dateline, !placed.standalone, let index = main.lastIndex(where: { $0.line == placed.line }),
           let (dateline, before) = Dateline.parse(trailing: main[index].text) {
            main[index].text = before
            closing = [SourceBlock(line: placed.line, text: dateline.text, markup: .none)]
        }
        let mainRange = "\(opening.line)–\(main.last?.line ?? opening.line)"
        note(opening.line, .repair,
             "article halves were swapped: lines \(first.line)–\(last.line) moved before lines \(mainRange), "
                 + "dateline (line \(article.dateline?.line ?? last.line)) moved to the end")
        return tail + main + closing
    }

    /// Headings, paragraphs (joined across page breaks) and captions, in order.
    private mutating func blocks(from source: [SourceBlock]) -> [BodyBlock] {
        var body: [BodyBlock] = []
        var index = 0
        while index < source.count {
            let block = source[index]
            let isDateline = Dateline.parse(wholeLine: block.text) != nil
            if block.isCaption {
                body.append(.caption(text: block.text, line: block.line))
                index += 1
                continue
            }
            if block.isNote {
                body.append(.note(text: block.text, line: block.line))
                index += 1
                continue
            }
            // An epigraph: a quotation on a line of its own with its source under it (——伍连德).
            if index + 1 < source.count, Self.isEpigraph(block.text, source: source[index + 1].text) {
                body.append(.note(text: block.text, line: block.line))
                body.append(.note(text: source[index + 1].text, line: source[index + 1].line))
                index += 2
                continue
            }
            if block.looksLikeHeading && !isDateline {
                var text = block.text
                let next = index + 1 < source.count ? source[index + 1] : nil
                if let next, next.looksLikeHeading, Dateline.parse(wholeLine: next.text) == nil {
                    text += " " + next.text
                    note(block.line, .repair, "two-line heading: line \(next.line) kept as its second line")
                    index += 1
                }
                body.append(.heading(text: text, level: Self.headingLevel(block), line: block.line))
                index += 1
                continue
            }
            var text = block.text
            var lastLine = block.line
            var captions: [BodyBlock] = []
            index += 1
            while !isDateline, !SourceBlock.endsSentence(text), index < source.count {
                // Captions the page dropped between the halves of a sentence go after the paragraph.
                var after = index
                while after < source.count, source[after].isCaption { after += 1 }
                guard after < source.count, Self.canContinue(source[after]) else { break }
                for dropped in source[index..<after] {
                    captions.append(.caption(text: dropped.text, line: dropped.line))
                    note(dropped.line, .repair, "photo caption taken out of the paragraph it interrupted: \(dropped.text)")
                }
                index = after
                let next = source[index]
                if SourceBlock.endsSentence(next.text), !ChineseText.isFragment(next.text), index + 1 < source.count,
                   Self.canContinue(source[index + 1]), ChineseText.isFragment(source[index + 1].text) {
                    // A whole paragraph between the halves of a cut sentence, the second half a fragment:
                    // a photo caption the page break dropped in.
                    captions.append(.caption(text: next.text, line: next.line))
                    note(next.line, .repair, "photo caption between lines \(lastLine) and \(source[index + 1].line) "
                             + "taken out of the paragraph and marked as a caption")
                    index += 1
                }
                let continuation = source[index]
                note(lastLine, .repair, "joined page break with line \(continuation.line): "
                         + "…\(String(text.suffix(6)))|\(String(continuation.text.prefix(6)))…")
                ChineseText.join(continuation.text, to: &text)
                lastLine = continuation.line
                index += 1
            }
            if !isDateline, !SourceBlock.endsSentence(text) {
                note(lastLine, .warning, "paragraph ends mid-sentence and nothing follows that could continue it")
            }
            body.append(.paragraph(text: text, line: block.line, bold: block.markup == .bold && lastLine == block.line))
            body += captions
        }
        return body
    }

    /// A short quotation standing alone (`“小病不出村，大病早发现。”`) over the one who said it (`——伍连德`).
    static func isEpigraph(_ text: String, source: String) -> Bool {
        let quote = text.unicodeScalars
        guard quote.count <= 60, quote.first == "“", quote.last == "”" || text.hasSuffix("”。"),
              source.hasPrefix("——"), source.unicodeScalars.count <= 24, !source.contains("，")
        else { return false }
        return true
    }

    /// Takes byline lines out of `blocks`, returning the first.
    private static func removeBylines(_ blocks: inout [SourceBlock]) -> Byline? {
        var first: Byline?
        blocks.removeAll { block in
            guard let byline = Byline.parse(block.text) else { return false }
            first = first ?? byline
            return true
        }
        return first
    }

    /// Whether `block` may be the second half of a cut paragraph: anything but a marked heading or a dateline.
    private static func canContinue(_ block: SourceBlock) -> Bool {
        !block.isMarkedHeading && !block.isCaption && !block.isNote && Dateline.parse(wholeLine: block.text) == nil
    }

    private static func headingLevel(_ block: SourceBlock) -> Int {
        if case let .heading(level) = block.markup { return max(2, level) }
        return 2
    }

    mutating func note(_ line: Int?, _ kind: Diagnostic.ImportKind, _ message: String) {
        notes.append(Diagnostic(import: kind, file: file, line: line, message))
    }
}
