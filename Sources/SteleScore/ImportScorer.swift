import Foundation
import SteleImport

/// Imports every text of a corpus (Tests/Fixtures/import-corpus) and compares each article with its
/// sidecar: whether it was split out, its frontmatter fields, its body's ends, joins, captions,
/// headings and dropped furniture. Scores are kept per layout tag and overall.
public struct ImportScorer {
    public var folder: URL

    public init(folder: URL) {
        self.folder = folder
    }

    /// The frontmatter fields compared for every article.
    public static let fields = ["title", "subtitle", "series", "date", "place", "agency", "authors"]

    public func score() throws -> ImportScore {
        var score = ImportScore()
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        for name in texts {
            let stem = String(name.dropLast(".txt".count))
            let sidecar = folder.appendingPathComponent(stem + ".expected.yml")
            let expectation: ImportExpectation
            let data: Data
            do {
                expectation = try ImportExpectation(yaml: try String(contentsOf: sidecar, encoding: .utf8), file: sidecar.path)
                data = try Data(contentsOf: folder.appendingPathComponent(name))
            } catch let error as ScoreError {
                throw error
            } catch {
                throw ScoreError.unreadable(file: name, reason: error.localizedDescription)
            }
            let imported = (try? SourceImporter.articles(from: data, file: name).articles) ?? []
            let result = FileScore(file: name, expected: expectation, imported: imported)
            score.add(result, layouts: expectation.layouts)
        }
        return score
    }
}

/// The comparison of one text's import with its sidecar.
struct FileScore {
    var row = ImportScore.Row()
    var misses: [String] = []

    init(file: String, expected: ImportExpectation, imported: [ImportedArticle]) {
        row.files = 1
        var unused = Array(imported.indices)
        for (number, article) in expected.articles.enumerated() {
            let place = "\(file): article \(number + 1) (\(article.title))"
            let match = unused.first { imported[$0].title == article.title }
            row.split.count(match != nil)
            guard let index = match else {
                misses.append("\(place): not split out; imported titles: \(imported.map(\.title))")
                for field in ImportScorer.fields { row.count(field, false) }
                for _ in [article.bodyFirst, article.bodyLast].compactMap({ $0 }) { row.bodies.count(false) }
                for _ in article.joins { row.joins.count(false) }
                for _ in article.captions { row.captions.count(false) }
                for _ in article.headings { row.headings.count(false) }
                continue
            }
            unused.removeAll { $0 == index }
            compare(article, with: imported[index], place: place)
        }
        if !unused.isEmpty {
            row.extra += unused.count
            misses.append("\(file): extra articles imported: \(unused.map { imported[$0].title })")
        }
    }

    private mutating func compare(_ expected: ImportExpectation.Article, with article: ImportedArticle, place: String) {
        let actual: [String: String] = [
            "title": article.title, "subtitle": article.subtitle ?? "", "series": article.series ?? "",
            "date": article.date?.iso ?? "", "place": article.place ?? "", "agency": article.agency ?? "",
            "authors": article.authors.joined(separator: "、"),
        ]
        let wanted: [String: String] = [
            "title": expected.title, "subtitle": expected.subtitle ?? "", "series": expected.series ?? "",
            "date": expected.date ?? "", "place": expected.place ?? "", "agency": expected.agency ?? "",
            "authors": expected.authors.joined(separator: "、"),
        ]
        for field in ImportScorer.fields {
            let isRight = actual[field] == wanted[field]
            row.count(field, isRight)
            if !isRight { misses.append("\(place): \(field) '\(actual[field] ?? "")', expected '\(wanted[field] ?? "")'") }
        }

        let paragraphs = article.body.compactMap { block -> String? in
            if case let .paragraph(text, _, _) = block { return text }
            return nil
        }
        let captions = article.body.compactMap { block -> String? in
            if case let .caption(text, _) = block { return text }
            return nil
        }
        let headings = article.body.compactMap { block -> String? in
            if case let .heading(text, _, _) = block { return text }
            return nil
        }
        if let first = expected.bodyFirst {
            let isRight = paragraphs.first?.hasPrefix(first) == true
            row.bodies.count(isRight)
            if !isRight { misses.append("\(place): body starts '\((paragraphs.first ?? "").prefix(20))', expected '\(first)'") }
        }
        if let last = expected.bodyLast {
            let isRight = Self.lastParagraph(of: paragraphs).hasSuffix(last)
            row.bodies.count(isRight)
            if !isRight { misses.append("\(place): body ends '\(Self.lastParagraph(of: paragraphs).suffix(20))', expected '\(last)'") }
        }
        for join in expected.joins {
            let joined = join.replacingOccurrences(of: "|", with: "")
            let isRight = paragraphs.contains { $0.contains(joined) }
            row.joins.count(isRight)
            if !isRight { misses.append("\(place): not joined: \(join)") }
        }
        for caption in expected.captions {
            let isRight = captions.contains { $0.contains(caption) } && !paragraphs.contains { $0.contains(caption) }
            row.captions.count(isRight)
            if !isRight { misses.append("\(place): caption not apart: \(caption)") }
        }
        for heading in expected.headings {
            let isRight = headings.contains { $0.contains(heading) } && !paragraphs.contains { $0.contains(heading) }
            row.headings.count(isRight)
            if !isRight { misses.append("\(place): not a heading: \(heading)") }
        }
        let shown = paragraphs + [article.title, article.subtitle ?? ""]
        for furniture in expected.dropped where !Self.isDateline(furniture) {
            let isRight = !shown.contains { $0.contains(furniture) }
            row.dropped.count(isRight)
            if !isRight { misses.append("\(place): not dropped: \(furniture)") }
        }
    }

    /// The last paragraph, without a closing dateline the importer may keep there (`（新华社杭州3月5日电）`).
    static func lastParagraph(of paragraphs: [String]) -> String {
        var candidates = paragraphs
        while let last = candidates.last, isDateline(last) { candidates.removeLast() }
        guard var last = candidates.last else { return "" }
        while last.hasSuffix("）"), let open = last.range(of: "（", options: .backwards),
              isDateline(String(last[open.lowerBound...])) {
            last = String(last[..<open.lowerBound])
        }
        return last
    }

    /// `（新华社杭州3月5日电）`, `（记者 … 通讯员 …）`, `（完）`: lines a scorer does not hold against the body.
    static func isDateline(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("（") || trimmed.hasPrefix("(") else { return false }
        return trimmed.hasSuffix("电）") || trimmed.hasSuffix("电)") || trimmed.contains("记者") || trimmed == "（完）"
    }
}

/// Scores of an import corpus, per layout tag and overall.
public struct ImportScore: Sendable {
    public struct Row: Sendable {
        public var files = 0
        /// Expected articles imported as articles of their own (matched by title).
        public var split = Tally()
        /// Articles imported that the sidecar does not have.
        public var extra = 0
        public var fields = Tally()
        public var byField: [String: Tally] = [:]
        public var bodies = Tally()
        public var joins = Tally()
        public var captions = Tally()
        public var headings = Tally()
        public var dropped = Tally()

        mutating func count(_ field: String, _ isRight: Bool) {
            fields.count(isRight)
            byField[field, default: Tally()].count(isRight)
        }

        static func + (lhs: Row, rhs: Row) -> Row {
            var row = Row()
            row.files = lhs.files + rhs.files
            row.split = lhs.split + rhs.split
            row.extra = lhs.extra + rhs.extra
            row.fields = lhs.fields + rhs.fields
            row.byField = lhs.byField.merging(rhs.byField, uniquingKeysWith: +)
            row.bodies = lhs.bodies + rhs.bodies
            row.joins = lhs.joins + rhs.joins
            row.captions = lhs.captions + rhs.captions
            row.headings = lhs.headings + rhs.headings
            row.dropped = lhs.dropped + rhs.dropped
            return row
        }
    }

    public var byLayout: [String: Row] = [:]
    public var overall = Row()
    /// Every comparison that failed, as `file: article N (title): what`.
    public var misses: [String] = []

    mutating func add(_ file: FileScore, layouts: [String]) {
        overall = overall + file.row
        for layout in layouts { byLayout[layout] = (byLayout[layout] ?? Row()) + file.row }
        misses += file.misses
    }

    /// The table `make score` prints: one line per layout, then overall, then each field.
    public var table: String {
        let columns = ["layout", "files", "split", "extra", "fields", "bodies", "joins", "captions", "headings", "dropped"]
        var lines = [columns]
        for (layout, row) in byLayout.sorted(by: { $0.key < $1.key }) { lines.append(Self.cells(layout, row)) }
        lines.append(Self.cells("ALL", overall))
        var text = TextTable.render(lines)
        text += "\nfields: " + ImportScorer.fields.map { "\($0) \(overall.byField[$0]?.text ?? "–")" }.joined(separator: " · ") + "\n"
        return text
    }

    private static func cells(_ name: String, _ row: Row) -> [String] {
        [name, String(row.files), row.split.text, String(row.extra), row.fields.text, row.bodies.text, row.joins.text,
         row.captions.text, row.headings.text, row.dropped.text]
    }
}

/// Plain-text tables with columns padded to their widest cell (ideographs count two).
enum TextTable {
    static func render(_ rows: [[String]]) -> String {
        let widths = (0..<(rows.first?.count ?? 0)).map { column in rows.map { width($0[column]) }.max() ?? 0 }
        return rows.map { row in
            zip(row, widths).map { cell, width in cell + String(repeating: " ", count: width - Self.width(cell)) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n") + "\n"
    }

    static func width(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.properties.isIdeographic || $1.value >= 0xFF00 ? 2 : 1) }
    }
}
