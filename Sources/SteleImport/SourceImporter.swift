import Foundation
import SteleSupport
import SteleText

/// Reads one raw text into articles: decodes it, splits it into articles, repairs each body and
/// infers what the text does not say (the year of the datelines, slugs, summaries).
///
/// Either every article of the file comes out, or an error and none.
public enum SourceImporter {
    /// The articles of `data`, the contents of `file` (as the user named it), and the report notes.
    public static func articles(from data: Data, file: String) throws(ImportError) -> (articles: [ImportedArticle], notes: [Diagnostic]) {
        let decoded = try SourceDecoder.decode(data, file: file)
        var notes: [Diagnostic] = []
        if decoded.encoding != .utf8 || decoded.lineEnding != nil {
            let endings = decoded.lineEnding.map { ", \($0) line endings" } ?? ""
            notes.append(Diagnostic(import: .info, file: file, line: nil, "read as \(decoded.encoding.rawValue)\(endings)"))
        }
        let allBlocks = SourceBlock.blocks(of: decoded.lines)
        notes += allBlocks.flatMap { lineNotes($0, file: file) }
        let page = PageReading(allBlocks, file: file)
        notes += page.notes

        let raws = try ArticleSplitter.articles(in: page.blocks, file: file)
        var assembler = ArticleAssembler(file: file)
        let fileName = file.split(separator: "/").last.map(String.init) ?? file
        var datelines: [Dateline?] = []
        var articles: [ImportedArticle] = []
        for raw in raws {
            let (article, dateline) = article(raw, assembler: &assembler, fileName: fileName, page: page)
            articles.append(article)
            datelines.append(dateline)
        }
        notes += assembler.notes
        // The bodies in reading order: swapped halves put back, page breaks joined.
        let bounds = articles.map { DateBound.latest(in: $0.body) }
        let context = raws.map { $0.header.title.sourceLine?.date ?? page.issueDate }
        notes += DateInference.assignDates(&articles, datelines: datelines, bounds: bounds, context: context, file: file)
        // In line order; notes on one line keep the order they were made in.
        let ordered = notes.enumerated().sorted {
            ($0.element.location.line ?? 0, $0.offset) < ($1.element.location.line ?? 0, $1.offset)
        }
        return (articles, ordered.map(\.element))
    }

    /// Punctuation converted on the line, and what an editor should check on it.
    private static func lineNotes(_ block: SourceBlock, file: String) -> [Diagnostic] {
        var notes: [Diagnostic] = []
        if !block.converted.isEmpty {
            let marks = block.converted.sorted { $0.key.value < $1.key.value }
                .map { "\($0.value) × \"\($0.key)\"" }.joined(separator: ", ")
            notes.append(Diagnostic(import: .repair, file: file, line: block.line,
                                    "ASCII punctuation in Chinese text made full-width: \(marks)"))
        }
        for warning in EditorWarnings.check(block.text) {
            notes.append(Diagnostic(import: .warning, file: file, line: block.line, warning))
        }
        return notes
    }

    /// The article with its body repaired, and the dateline it was filed under; its date is set later,
    /// with the other articles of the file.
    private static func article(_ raw: RawArticle, assembler: inout ArticleAssembler, fileName: String,
                                page: PageReading) -> (ImportedArticle, Dateline?) {
        var (byline, body) = assembler.assemble(raw)
        // An editor's note set under the byline opens the body: it is the paper's word, not the report's.
        if case let .paragraph(text, line, _) = body.first, EditorNote.opens(text) {
            body[0] = .note(text: text, line: line)
        }
        if let note = raw.header.series.first?.editorNote ?? raw.header.title.editorNote { body.insert(note, at: 0) }
        // A filing line opening the first paragraph is the dateline of reports that put it first.
        var opener: Opener?
        if let first = body.firstIndex(where: { if case .paragraph = $0 { true } else { false } }),
           case let .paragraph(text, line, bold) = body[first], let found = Opener.parse(text) {
            opener = found
            body[first] = .paragraph(text: found.rest, line: line, bold: bold)
            assembler.note(line, .repair, "opening dateline taken out of the first paragraph: \(found.text)")
        }
        let dateline = raw.dateline?.dateline ?? opener?.dateline
        let sourceLine = raw.header.title.sourceLine
        let joined = { (blocks: [SourceBlock]) in blocks.isEmpty ? nil : blocks.map(\.text).joined(separator: " ") }
        let title = TitleMarks(raw.header.title.text)
        if byline?.authors.isEmpty ?? true,
           let authors = [opener?.authors, sourceLine?.authors].compactMap({ $0 }).first(where: { !$0.isEmpty }) {
            byline = Byline(agency: byline?.agency, authors: authors)
        }
        var agency = dateline?.agency ?? opener?.agency ?? byline?.agency ?? sourceLine?.source
        // 本报 is the paper the page names; a page that names none leaves the outlet unknown.
        if agency == "本报" { agency = page.paper }
        return (ImportedArticle(
            title: title.text,
            subtitle: joined(raw.header.subtitle),
            series: joined(raw.header.series).map(TitleMarks.withoutBrackets) ?? title.column,
            authors: byline?.authors ?? [],
            agency: agency,
            place: (dateline?.place ?? opener?.place).map(Provinces.city(of:)).flatMap { $0.isEmpty ? nil : $0 },
            date: nil,
            source: "\(fileName):\(raw.firstLine)-\(raw.lastLine)",
            slug: Slug.articleSlug(for: title.text),
            body: body,
            line: raw.firstLine), dateline)
    }
}
