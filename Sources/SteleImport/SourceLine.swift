import Foundation
import SteleText

/// The line a web page puts under a report's title: when it was published, where it came from, who
/// wrote it (`2018-10-20 15:51:01　来源：新华网`, `发布时间：2019-05-08 08:30　来源：四川日报`,
/// `作者：王思琪 蒋文涛`). Read for the article's date, agency and authors; never a title or body text.
struct SourceLine: Sendable, Equatable {
    var date: PageDate?
    var source: String?
    var authors: [String] = []

    static func parse(_ text: String) -> SourceLine? {
        let line = text.trimmingSpaces()
        guard line.unicodeScalars.count <= 80, !line.contains("。") else { return nil }
        let labels = ["来源", "作者", "发布时间", "时间", "日期"]
        var fields: [String: String] = [:]
        for label in labels {
            for colon in ["：", ":"] {
                guard let range = line.range(of: label + colon) else { continue }
                let after = line[range.upperBound...]
                // The value runs to the next label.
                let end = labels.compactMap { next in after.range(of: next + "：")?.lowerBound ?? after.range(of: next + ":")?.lowerBound }
                    .min() ?? after.endIndex
                fields[label] = String(after[..<end]).trimmingSpaces()
            }
        }
        let date = IssueDate.find(in: line)
        // A bare timestamp line counts only with a source beside it.
        guard fields["来源"] != nil || fields["作者"] != nil
                || (date != nil && (fields["发布时间"] != nil || fields["时间"] != nil || fields["日期"] != nil))
        else { return nil }
        // Anything before the first label must be the timestamp itself.
        if let first = labels.compactMap({ line.range(of: $0)?.lowerBound }).min() {
            let before = String(line[..<first]).trimmingSpaces()
            guard before.unicodeScalars.allSatisfy({ $0.isASCII || $0.isWhitespace || "年月日时分".unicodeScalars.contains($0) })
            else {
                return nil
            }
        }
        var result = SourceLine(date: date)
        if let source = fields["来源"], !source.isEmpty {
            result.source = String(source.split(whereSeparator: { $0.isWhitespace }).first ?? "")
        }
        if let authors = fields["作者"] {
            result.authors = authors.split(whereSeparator: { $0.isWhitespace || "、，,".contains($0) }).map(String.init)
                .filter(Reporters.isName)
        }
        return result
    }

    /// This line with what a second one adds (a web page may give 作者： on a line of its own).
    func merging(_ other: SourceLine) -> SourceLine {
        SourceLine(date: date ?? other.date, source: source ?? other.source,
                   authors: authors.isEmpty ? other.authors : authors)
    }
}
