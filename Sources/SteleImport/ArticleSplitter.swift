/// Splits a raw text into articles by their headers and datelines.
///
/// A dateline closes a stretch of text. The stretch after it starts a new article when it opens
/// with a header; otherwise it is more of the same article — what a PDF extraction that swapped
/// an article's halves leaves behind.
enum ArticleSplitter {
    package static func articles(in blocks: [SourceBlock], file: String) throws(ImportError) -> [RawArticle] {
        var articles: [RawArticle] = []
        for segment in segments(of: blocks) {
            let header = ArticleHeader.parse(segment.blocks[...])
            if var previous = articles.last {
                let startsArticle = header.map { header in
                    header.isComplete || !looksLikeSwappedHalf(segment.blocks, of: previous)
                } ?? false
                if !startsArticle {
                    previous.tail += segment.blocks
                    articles[articles.count - 1] = previous
                    continue
                }
            }
            guard let header else {
                let first = segment.blocks[0]
                let excerpt = first.text.count > 16 ? String(first.text.prefix(16)) + "…" : first.text
                throw .noTitle(file: file, line: first.line, excerpt: excerpt)
            }
            var main = Array(segment.blocks[header.blockCount...])
            var placed: RawArticle.PlacedDateline?
            if let terminator = segment.terminator, !main.isEmpty {
                placed = RawArticle.PlacedDateline(dateline: terminator, line: main[main.count - 1].line,
                                                   standalone: segment.standaloneTerminator)
                if segment.standaloneTerminator { main.removeLast() }
            }
            guard !main.isEmpty else {
                throw .noBody(file: file, line: header.title.line, title: header.title.text)
            }
            articles.append(RawArticle(header: header, main: main, dateline: placed))
        }
        return articles
    }

    /// A stretch that ends mid-sentence after an article whose body starts with a fragment: the
    /// article's first half, put after its second half by extraction.
    static func looksLikeSwappedHalf(_ blocks: [SourceBlock], of article: RawArticle) -> Bool {
        guard let last = blocks.last, let first = article.main.first(where: { Byline.parse($0.text) == nil })
        else { return false }
        return ChineseText.isFragment(first.text) && endsMidSentence(last)
    }

    static func endsMidSentence(_ block: SourceBlock) -> Bool {
        !SourceBlock.endsSentence(block.text) && (block.ending == .open || !block.looksLikeHeading)
    }

    /// Whether `blocks[index]` is a title (with a kicker or subtitle around it, perhaps) over the things
    /// that open a report: a byline, a web page's source line, or a paragraph that opens with its filing
    /// line (`新华社北京3月1日电`, `本报讯`).
    static func startsReport(at index: Int, in blocks: [SourceBlock]) -> Bool {
        let title = blocks[index]
        guard title.couldBeTitle, !title.isNote, Dateline.parse(wholeLine: title.text) == nil,
              Byline.parse(title.text) == nil
        else { return false }
        if title.sourceLine != nil { return true }
        // Up to two more header lines (a title under a kicker, a subtitle) before the evidence.
        for next in blocks[(index + 1)...].prefix(3) {
            if next.sourceLine != nil || Byline.parse(next.text) != nil || Opener.parse(next.text) != nil { return true }
            guard next.couldBeTitle || next.text.hasPrefix("——"), !next.isNote else { return false }
        }
        return false
    }

    /// Stretches of blocks, each ended by a dateline (the last one may have none).
    struct Segment {
        package var blocks: [SourceBlock]
        var terminator: Dateline?
        var standaloneTerminator = false
    }

    package static func segments(of blocks: [SourceBlock]) -> [Segment] {
        var segments: [Segment] = []
        var current: [SourceBlock] = []
        // Whether `current` has a body: a block that cannot be a title, or a byline. Kept as blocks are
        // added, not asked of every block again at each new one, which made a file of many short lines
        // (a PDF's narrow columns: 2,859 lines took 6.5 s) take time with the square of its length.
        var hasBody = false
        func startSegment() {
            current = []
            hasBody = false
        }
        for (index, block) in blocks.enumerated() {
            // A title with what opens a report under it starts an article, dateline or not before it.
            // Only once the current article has a body: a title over its subtitle is one header.
            if hasBody, let last = current.last,
               last.isNote || (SourceBlock.endsSentence(last.text) || !last.looksLikeHeading) && !endsMidSentence(last),
               startsReport(at: index, in: blocks) {
                segments.append(Segment(blocks: current))
                startSegment()
            }
            current.append(block)
            hasBody = hasBody || !block.couldBeTitle || Byline.parse(block.text) != nil
            if let dateline = Dateline.parse(wholeLine: block.text) {
                segments.append(Segment(blocks: current, terminator: dateline, standaloneTerminator: true))
                startSegment()
            } else if let (dateline, _) = Dateline.parse(trailing: block.text) {
                segments.append(Segment(blocks: current, terminator: dateline))
                startSegment()
            }
        }
        if !current.isEmpty { segments.append(Segment(blocks: current)) }
        return segments
    }
}
