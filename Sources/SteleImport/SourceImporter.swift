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
        let blocks = SourceBlock.blocks(of: decoded.lines)
        notes += blocks.flatMap { lineNotes($0, file: file) }

        let raws = try ArticleSplitter.articles(in: blocks, file: file)
        var assembler = ArticleAssembler(file: file)
        let fileName = file.split(separator: "/").last.map(String.init) ?? file
        var articles = raws.map { article($0, assembler: &assembler, fileName: fileName) }
        notes += assembler.notes
        // The bodies in reading order: swapped halves put back, page breaks joined.
        let bounds = articles.map { DateBound.latest(in: $0.body) }
        notes += DateInference.assignDates(&articles, datelines: raws.map { $0.dateline?.dateline }, bounds: bounds, file: file)
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

    /// The article with its body repaired; its date is set later, with the other articles of the file.
    private static func article(_ raw: RawArticle, assembler: inout ArticleAssembler, fileName: String) -> ImportedArticle {
        let (byline, body) = assembler.assemble(raw)
        let firstParagraph = body.first { if case .paragraph = $0 { true } else { false } }
        let dateline = raw.dateline?.dateline
        let joined = { (blocks: [SourceBlock]) in blocks.isEmpty ? nil : blocks.map(\.text).joined(separator: " ") }
        return ImportedArticle(
            title: raw.header.title.text,
            subtitle: joined(raw.header.subtitle),
            series: joined(raw.header.series),
            authors: byline?.authors ?? [],
            agency: dateline?.agency ?? byline?.agency,
            place: dateline?.place,
            date: nil,
            source: "\(fileName):\(raw.firstLine)-\(raw.lastLine)",
            slug: Slug.articleSlug(for: raw.header.title.text),
            summary: firstParagraph.map { ChineseText.firstSentence(of: $0.text) } ?? "",
            body: body,
            line: raw.firstLine)
    }
}
