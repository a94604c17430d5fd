import Foundation

/// Reads one raw text into articles: decodes it, splits it into articles, repairs each body and
/// infers what the text does not say (the year of the datelines, slugs, summaries).
///
/// Either every article of the file comes out, or an error and none.
public enum SourceImporter {
    /// The articles of `data`, the contents of `file` (as the user named it), and the report notes.
    public static func articles(from data: Data, file: String) throws(ImportError) -> (articles: [ImportedArticle], notes: [ImportNote]) {
        let decoded = try SourceDecoder.decode(data, file: file)
        var notes: [ImportNote] = []
        if decoded.encoding != .utf8 || decoded.lineEnding != nil {
            let endings = decoded.lineEnding.map { ", \($0) line endings" } ?? ""
            notes.append(ImportNote(file: file, line: nil, kind: .info, message: "read as \(decoded.encoding.rawValue)\(endings)"))
        }
        let blocks = SourceBlock.blocks(of: decoded.lines)
        for block in blocks {
            if !block.converted.isEmpty {
                let marks = block.converted.sorted { $0.key.value < $1.key.value }
                    .map { "\($0.value) × \"\($0.key)\"" }.joined(separator: ", ")
                notes.append(ImportNote(file: file, line: block.line, kind: .repair,
                                        message: "ASCII punctuation in Chinese text made full-width: \(marks)"))
            }
            for warning in EditorWarnings.check(block.text) {
                notes.append(ImportNote(file: file, line: block.line, kind: .warning, message: warning))
            }
        }
        let raws = try ArticleSplitter.articles(in: blocks, file: file)
        var assembler = ArticleAssembler(file: file)
        let fileName = file.split(separator: "/").last.map(String.init) ?? file
        var articles: [ImportedArticle] = []
        var bounds: [DateMention?] = []
        for raw in raws {
            let (byline, body) = assembler.assemble(raw)
            let firstParagraph = body.first { if case .paragraph = $0 { true } else { false } }
            let dateline = raw.dateline?.dateline
            articles.append(ImportedArticle(
                title: raw.header.title.text,
                subtitle: raw.header.subtitle.isEmpty ? nil : raw.header.subtitle.map(\.text).joined(separator: " "),
                series: raw.header.series.isEmpty ? nil : raw.header.series.map(\.text).joined(separator: " "),
                authors: byline?.authors ?? [],
                agency: dateline?.agency ?? byline?.agency,
                place: dateline?.place,
                date: nil,
                source: "\(fileName):\(raw.firstLine)-\(raw.lastLine)",
                slug: SlugMaker.slug(for: raw.header.title.text),
                summary: firstParagraph.map { ChineseText.firstSentence(of: $0.text) } ?? "",
                body: body,
                line: raw.firstLine))
            let mentions = (raw.main + raw.tail).flatMap { DateMention.scan($0.text, line: $0.line) }
            bounds.append(mentions.max { $0.end < $1.end })
        }
        notes += assembler.notes
        notes += DateInference.assignDates(&articles, datelines: raws.map { $0.dateline?.dateline }, bounds: bounds, file: file)
        // In line order; notes on one line keep the order they were made in.
        let ordered = notes.enumerated().sorted { ($0.element.line ?? 0, $0.offset) < ($1.element.line ?? 0, $1.offset) }
        return (articles, ordered.map(\.element))
    }
}
