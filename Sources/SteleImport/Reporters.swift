/// The reporters a byline or an opener names: the names after `记者`, up to the next role.
///
/// Bylines and openers name other contributors too (`通讯员 贺小川`, `实习生 陈雨桐`, `图/…`, `… 摄`):
/// they are not the article's authors.
enum Reporters {
    /// Words that start another contributor's part of a byline.
    static let otherRoles = ["通讯员", "实习生", "见习记者", "摄影", "摄像", "图/", "图／", "编辑", "制图"]

    /// The names after the first `记者` in `text`, or nil when it names no reporter.
    static func names(in text: Substring) -> [String]? {
        guard let reporter = text.range(of: "记者") else { return nil }
        var rest = text[reporter.upperBound...]
        if let role = otherRoles.compactMap({ rest.range(of: $0)?.lowerBound }).min() { rest = rest[..<role] }
        let names = rest.split(whereSeparator: { $0.isWhitespace || "、，,；;".contains($0) }).map(String.init)
            .filter { $0 != "摄" }
        guard names.allSatisfy(isName) else { return nil }
        return names
    }

    /// Two to five ideographs, or a transcribed name with a middle dot (买买提·艾力).
    static func isName(_ name: String) -> Bool {
        let scalars = name.unicodeScalars
        return (2...12).contains(scalars.count) && scalars.allSatisfy { $0.isHan || $0 == "·" }
            && (scalars.count <= 5 || scalars.contains("·"))
    }
}
