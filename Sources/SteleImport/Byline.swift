import Foundation
import SteleText

/// The byline: `新华社记者 张三 李四`, `文/新华社记者`, `本报记者 王五`.
struct Byline: Sendable, Equatable {
    var agency: String?
    /// The reporters' names; empty when only the agency is named.
    package var authors: [String]

    package static func parse(_ text: String) -> Byline? {
        var rest = Substring(text.trimmingSpaces())
        guard rest.count <= ChineseText.headingLimit else { return nil }
        // A closing byline stands in brackets: （记者 白玉洁）, （记者 李明 通讯员 王芳）.
        if rest.first == "（", rest.last == "）" { rest = rest.dropFirst().dropLast() }
        for prefix in ["文/", "文／", "文 / "] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
        }
        guard let reporter = rest.range(of: "记者") else { return nil }
        // A column named in quotes belongs to neither agency nor authors: 新华社“新华视点”记者.
        var agency = String(rest[..<reporter.lowerBound]).trimmingSpaces()
        if let open = agency.firstIndex(of: "“"), agency.last == "”" { agency = String(agency[..<open]) }
        guard agency.count <= 8, agency.unicodeScalars.allSatisfy(\.isHan),
              let names = Reporters.names(in: rest), names.count <= 8
        else { return nil }
        // A line naming one photographer is a photo credit, not a byline: 新华社记者 任嘉 摄.
        if rest.hasSuffix("摄") && !rest.contains("/") && !rest.contains("／") { return nil }
        return Byline(agency: agency.isEmpty ? nil : agency, authors: names)
    }
}
