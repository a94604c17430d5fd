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
        for prefix in ["文/", "文／", "文 / "] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
        }
        guard let reporter = rest.range(of: "记者") else { return nil }
        let agency = String(rest[..<reporter.lowerBound]).trimmingSpaces()
        guard agency.count <= 8, agency.unicodeScalars.allSatisfy(\.isHan) else { return nil }
        let names = rest[reporter.upperBound...]
            .split(whereSeparator: { $0.isWhitespace || $0 == "、" || $0 == "，" })
            .map(String.init)
        guard names.count <= 8, names.allSatisfy(isName) else { return nil }
        return Byline(agency: agency.isEmpty ? nil : agency, authors: names)
    }

    /// Two to five ideographs, or a transcribed name with a middle dot (买买提·艾力).
    private static func isName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        return (2...12).contains(scalars.count) && scalars.allSatisfy { $0.isHan || $0 == "·" }
            && (scalars.count <= 5 || scalars.contains("·"))
    }
}
