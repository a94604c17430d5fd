import Foundation
import SteleSupport
import SteleText

/// The first pass over a raw text: takes out what belongs to the page rather than to an article —
/// mastheads, running headers, page numbers, trailers — and web pages' source lines, which it hangs on
/// the title above them. What they say about the issue (its date, the paper's name) is kept for the
/// articles that do not say it themselves.
struct PageReading {
    /// The text blocks, without the page's furniture.
    var blocks: [SourceBlock] = []
    /// The issue's date, from a masthead or running header.
    var issueDate: PageDate?
    /// The paper the running headers name (`洞庭日报`), which `本报` stands for.
    var paper: String?
    var notes: [Diagnostic] = []

    /// How many lines at the top of a file may be a masthead.
    static let mastheadLines = 4

    init(_ source: [SourceBlock], file: String) {
        self.file = file
        // A masthead: the short top lines up to the last dated or numbered issue line among them (工作简报 /
        // 2021年第15期 / 二〇二一年五月十八日).
        let top = source.prefix(Self.mastheadLines).prefix { $0.looksLikeHeading }
        let mastheadEnd = top.lastIndex { SourceLine.parse($0.text) == nil && PageFurniture.classify($0.text) != nil }
        for (index, block) in source.enumerated() {
            if let mastheadEnd, index <= mastheadEnd {
                read(PageFurniture.classify(block.text), of: block)
                drop(block, as: "masthead")
                continue
            }
            if takeSourceLine(block) || takeLinkBox(block, at: index, in: source) || takeFurniture(block)
                || takeEditorNote(block) {
                continue
            }
            blocks.append(Self.withoutClosingMark(block, notes: &notes, file: file))
        }
        if let pendingNote { blocks.append(pendingNote) }
        markCaptions()
        markReferences()
    }

    private let file: String
    /// An editor's note waiting for the title under it.
    private var pendingNote: SourceBlock?
    private var inLinkBox = false

    private mutating func drop(_ block: SourceBlock, as what: String) {
        notes.append(Diagnostic(import: .repair, file: file, line: block.line, "\(what) dropped: \(block.text)"))
    }

    /// A web page's source line names a date and an outlet, but belongs to the title above it.
    private mutating func takeSourceLine(_ block: SourceBlock) -> Bool {
        guard let sourceLine = SourceLine.parse(block.text), let title = blocks.last, title.couldBeTitle else {
            return false
        }
        blocks[blocks.count - 1].sourceLine = title.sourceLine.map { $0.merging(sourceLine) } ?? sourceLine
        notes.append(Diagnostic(import: .info, file: file, line: block.line,
                                "source line read for the article's date, outlet and authors: \(block.text)"))
        return true
    }

    /// A box of links to related reports: its label and the headlines under it, up to the next report,
    /// whose title is the last headline over a byline or filing line.
    private mutating func takeLinkBox(_ block: SourceBlock, at index: Int, in source: [SourceBlock]) -> Bool {
        if LinkBox.isLabel(block.text) {
            inLinkBox = true
        } else if !inLinkBox || !block.looksLikeHeading
                    || ArticleSplitter.startsReport(at: index, in: source)
                    && !(index + 1 < source.count && ArticleSplitter.startsReport(at: index + 1, in: source)) {
            inLinkBox = false
            return false
        }
        drop(block, as: "link box")
        return true
    }

    /// Page numbers, running headers and trailers.
    private mutating func takeFurniture(_ block: SourceBlock) -> Bool {
        guard let furniture = PageFurniture.classify(block.text) else { return false }
        read(furniture, of: block)
        switch furniture {
        case .pageNumber: drop(block, as: "page number")
        case .runningHeader: drop(block, as: "running header")
        case .trailer: drop(block, as: "trailer")
        }
        return true
    }

    /// An editor's note goes with the title under it: 编者按：… (its label may stand on a line of its own).
    private mutating func takeEditorNote(_ block: SourceBlock) -> Bool {
        guard var note = pendingNote else {
            guard EditorNote.opens(block.text) else { return false }
            pendingNote = block
            return true
        }
        pendingNote = nil
        if EditorNote.isLabel(note.text) {
            note.text += block.text
            pendingNote = note
            return true
        }
        guard block.couldBeTitle else {
            blocks.append(note)  // no title under it: it was body text after all
            return false
        }
        var title = block
        title.editorNote = .note(text: note.text, line: note.line)
        notes.append(Diagnostic(import: .repair, file: file, line: note.line,
                                "editor's note set apart above the article at line \(block.line)"))
        blocks.append(title)
        return true
    }

    /// `（完）` closing the last paragraph ends the report; it is not part of the sentence.
    private static func withoutClosingMark(_ block: SourceBlock, notes: inout [Diagnostic], file: String) -> SourceBlock {
        var block = block
        for end in ["（完）", "(完)"] where block.text.hasSuffix(end) && block.text.count > end.count {
            block.text = String(block.text.dropLast(end.count)).trimmingSpaces()
            notes.append(Diagnostic(import: .repair, file: file, line: block.line, "trailer dropped: \(end)"))
        }
        return block
    }

    /// A reference list after a report: its label (参考资料：, 参考文献) and the numbered entries under it.
    private mutating func markReferences() {
        var inList = false
        for index in blocks.indices {
            let text = blocks[index].text
            if ReferenceList.isLabel(text) {
                inList = true
            } else if !inList || !ReferenceList.isEntry(text) {
                inList = false
                continue
            }
            blocks[index].isNote = true
        }
    }

    /// Photo captions and credits: `图为…` and `▲…` lines, credit lines (`新华社记者 任嘉 摄`,
    /// `新华社发（何某 摄）`, `（图片来源：…）`), and the one short sentence right above a credit.
    private mutating func markCaptions() {
        for index in blocks.indices {
            let text = blocks[index].text
            if Caption.isCredit(text) {
                blocks[index].isCaption = true
                if index > 0, Caption.canBeCaptioned(blocks[index - 1]) { blocks[index - 1].isCaption = true }
            } else if Caption.opensCaption(text) || Caption.endsWithCredit(text) {
                blocks[index].isCaption = true
            }
        }
    }

    private mutating func read(_ furniture: PageFurniture.Kind?, of block: SourceBlock) {
        guard case let .runningHeader(date) = furniture else { return }
        if let date { issueDate = issueDate ?? date }
        // The paper's name: a word of the header ending in 报 or 电讯, or a title in 《》 (原载《江汉日报》).
        let words = block.text.split(whereSeparator: { $0.isWhitespace || "｜|《》".contains($0) }).map(String.init)
        if paper == nil, let name = words.first(where: { word in
            (word.hasSuffix("报") || word.hasSuffix("电讯")) && word.count >= 3 && word.unicodeScalars.allSatisfy(\.isHan)
        }) {
            paper = name
        }
    }
}

/// An editor's note (编者按) that a paper sets above a report or a series.
enum EditorNote {
    static let labels = ["编者按", "【编者按】", "编者的话", "【编者的话】"]

    static func opens(_ text: String) -> Bool { labels.contains { text.hasPrefix($0) } }

    /// The label alone on its line: `编者按：`, `【编者按】`.
    static func isLabel(_ text: String) -> Bool {
        let bare = text.trimmingCharacters(in: CharacterSet(charactersIn: "：: 　"))
        return labels.contains(bare)
    }
}

/// A box of links to related reports that web pages and papers put after a report: 相关报道：, 延伸阅读：.
enum LinkBox {
    static let labels = ["相关报道", "相关链接", "延伸阅读", "相关阅读", "相关新闻", "推荐阅读"]

    static func isLabel(_ text: String) -> Bool {
        let bare = text.trimmingCharacters(in: CharacterSet(charactersIn: "：: 　【】[]■"))
        return labels.contains(bare)
    }
}

/// A reference list: `参考资料：`, `参考文献`, then entries `1．《…》`, `[1] …`, `①…`.
enum ReferenceList {
    static let labels = ["参考资料", "参考文献", "参考书目", "注释", "注"]

    static func isLabel(_ text: String) -> Bool {
        labels.contains(text.trimmingCharacters(in: CharacterSet(charactersIn: "：: 　【】[]")))
    }

    /// A numbered entry: `1．`, `1.`, `[1]`, `［1］`, `①`.
    static func isEntry(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if (0x2460...0x2473).contains(first.value) { return true }
        let digits = text.unicodeScalars.drop { "[［".unicodeScalars.contains($0) }.prefix { $0.isASCIIDigit }
        guard !digits.isEmpty, digits.count <= 3 else { return false }
        let after = text.unicodeScalars.drop { "[［".unicodeScalars.contains($0) }.dropFirst(digits.count).first
        return after.map { "．.、]］ ".unicodeScalars.contains($0) } ?? false
    }
}
