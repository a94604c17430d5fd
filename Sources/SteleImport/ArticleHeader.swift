/// What stands above an article's body: series banner, title, subtitle, byline.
struct ArticleHeader: Sendable, Equatable {
    /// The kicker over the title (`奋斗百年路 启航新征程·党旗在基层一线高高飘扬`).
    var series: [SourceBlock] = []
    package var title: SourceBlock
    /// The line under the title, usually opening with `——` (more than one when a byline follows them).
    package var subtitle: [SourceBlock] = []
    var byline: Byline?
    var bylineLine: Int?
    /// How many leading blocks of the segment the header took.
    var blockCount: Int

    /// Sure to be a header, not a section heading: it has more than a bare title line.
    var isComplete: Bool {
        byline != nil || !subtitle.isEmpty || !series.isEmpty || title.markup == .heading(level: 1)
    }

    package var firstLine: Int { series.first?.line ?? title.line }

    /// Of two header lines without a dash, whether the first is a kicker (引题) over the title rather than
    /// the title over its subtitle: a banner joined by `·` (`喜迎丰收节·寻访种粮能手`), paired short phrases
    /// (`稳就业　惠民生`), a column name of a few characters (`科普园地`) or in brackets (`【一线调研】`).
    static func isKicker(_ line: SourceBlock) -> Bool {
        let text = line.text
        let phrases = text.split(separator: "　")
        return text.contains("·") || text.unicodeScalars.count <= 4 || (text.hasPrefix("【") && text.hasSuffix("】"))
            || (phrases.count > 1 && phrases.allSatisfy { $0.unicodeScalars.count <= 4 })
    }

    /// Whether what follows the title at `index` of `blocks` opens a report: a subtitle, a byline, a filing line.
    static func opensReport(after index: Int, in blocks: ArraySlice<SourceBlock>) -> Bool {
        if blocks[index].sourceLine != nil { return true }
        guard index + 1 < blocks.endIndex else { return false }
        let next = blocks[index + 1]
        return next.text.hasPrefix("——") || next.sourceLine != nil || Byline.parse(next.text) != nil
            || Opener.parse(next.text) != nil
    }

    /// Reads the header at the start of `blocks`, or nil when they start with body text.
    ///
    /// A header is a run of short lines without sentence marks, ended by a byline if there is one.
    /// In Markdown sources `#` marks the title; in plain ones the title is the line right above the
    /// subtitle or byline, and lines above it are the series banner.
    package static func parse(_ blocks: ArraySlice<SourceBlock>) -> ArticleHeader? {
        var lines: [SourceBlock] = []
        var bylineIndex: Int?
        for (index, block) in zip(blocks.indices, blocks) {
            if Byline.parse(block.text) != nil {
                bylineIndex = lines.count
                lines.append(block)
                break
            }
            // A subtitle after its dash may run long and hold commas: ——黔西南一所山村小学的坚守，和三任校长接力的故事.
            let isLongSubtitle = !lines.isEmpty && block.text.hasPrefix("——") && block.text.unicodeScalars.count <= 60
            // A title may hold a comma or a question when a subtitle, byline, source line or filing line follows.
            // So may the line under it, a subtitle without a dash, when what opens a report follows that.
            let isMarkedTitle = lines.count <= 1 && block.couldBeTitle
                && (Self.opensReport(after: index, in: blocks) || lines.count == 1 && block.ending == .bare)
            guard block.looksLikeHeading || isLongSubtitle || isMarkedTitle, !block.isCaption,
                  Dateline.parse(wholeLine: block.text) == nil
            else { break }
            lines.append(block)
        }
        let isSubtitle = { (block: SourceBlock) in block.text.hasPrefix("——") }
        let end = bylineIndex ?? lines.count
        let titleIndex: Int
        var subtitleIndex: Int?
        if let marked = lines[..<end].firstIndex(where: { $0.markup == .heading(level: 1) }) {
            titleIndex = marked
            if marked + 1 < end, isSubtitle(lines[marked + 1]) || lines[marked + 1].markup != .none {
                subtitleIndex = marked + 1
            }
        } else if let subtitle = lines[..<end].firstIndex(where: isSubtitle) {
            guard subtitle > 0 else { return nil }
            titleIndex = subtitle - 1
            subtitleIndex = subtitle
        } else if let bylineIndex {
            guard bylineIndex > 0 else { return nil }
            // Two lines over the byline: a kicker over the title, or the title over a subtitle without a dash.
            titleIndex = bylineIndex == 2 && !isKicker(lines[0]) ? 0 : bylineIndex - 1
        } else {
            guard !lines.isEmpty else { return nil }
            titleIndex = lines.count == 2 && isKicker(lines[0]) ? 1 : 0
            if titleIndex == 0, lines.count == 2, opensReport(after: blocks.startIndex + 1, in: blocks) || !lines[1].looksLikeHeading {
                subtitleIndex = 1
            }
        }
        var header = ArticleHeader(series: Array(lines[..<titleIndex]), title: lines[titleIndex], blockCount: 0)
        if let bylineIndex {
            // Everything between title and byline belongs to the header.
            header.subtitle = Array(lines[(titleIndex + 1)..<bylineIndex])
            header.byline = Byline.parse(lines[bylineIndex].text)
            header.bylineLine = lines[bylineIndex].line
            header.blockCount = bylineIndex + 1
        } else {
            // Without a byline, lines under the title that are not a subtitle are the body's first headings.
            header.subtitle = subtitleIndex.map { [lines[$0]] } ?? []
            header.blockCount = (subtitleIndex ?? titleIndex) + 1
        }
        return header
    }
}
