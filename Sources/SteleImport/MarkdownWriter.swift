import SteleText
import Yams

/// Prints an imported article as a content file: YAML frontmatter, then the Markdown body.
///
/// The output depends on the article alone, so importing the same text twice gives the same bytes.
public enum MarkdownWriter {
    /// The label a photo caption starts with; the caption is a blockquote, which the theme sets apart.
    public static let captionLabel = "图片说明："

    public static func document(for article: ImportedArticle) -> String {
        "---\n" + frontmatter(for: article) + "---\n\n" + body(article.body)
    }

    /// The frontmatter keys in a fixed order; empty optional values are left out.
    package static func frontmatter(for article: ImportedArticle) -> String {
        var pairs: [(String, Node)] = [("title", string(article.title))]
        if let subtitle = article.subtitle { pairs.append(("subtitle", string(subtitle))) }
        if let series = article.series { pairs.append(("series", string(series))) }
        pairs.append(("authors", Node.sequence(Node.Sequence(article.authors.map(string), .implicit, .flow))))
        if let agency = article.agency { pairs.append(("agency", string(agency))) }
        if let place = article.place { pairs.append(("place", string(place))) }
        if let date = article.date { pairs.append(("date", Node(date.iso, .implicit, .plain))) }
        pairs.append(("source", string(article.source)))
        pairs.append(("slug", string(article.slug)))
        let mapping = Node.mapping(Node.Mapping(pairs.map { (Node($0.0), $0.1) }, .implicit, .block))
        do {
            return try Yams.serialize(node: mapping, width: -1, allowUnicode: true)
        } catch {
            // libyaml only fails on invalid events, which these plain strings cannot make; fall back to JSON-style quoting.
            return pairs.map { "\($0.0): \(quoted($0.1.string ?? ""))\n" }.joined()
        }
    }

    /// A string scalar that reads back as the same string: quoted when YAML would take it for
    /// something else (`true`, `2022`, `null`); libyaml quotes `: `, `#` and leading marks by itself.
    private static func string(_ text: String) -> Node {
        let plain = Node(text)
        let isString = Resolver.default.resolveTag(of: plain) == .str
        return Node(text, .implicit, isString ? .any : .doubleQuoted)
    }

    private static func quoted(_ text: String) -> String {
        var output = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            default: output.unicodeScalars.append(scalar)
            }
        }
        return output + "\""
    }

    package static func body(_ blocks: [BodyBlock]) -> String {
        blocks.map { block in
            switch block {
            case let .heading(text, level, _):
                String(repeating: "#", count: level) + " " + escape(text)
            case let .paragraph(text, _, bold):
                bold ? "**" + escape(text) + "**" : escape(text)
            case let .caption(text, _):
                "> " + captionLabel + escape(text)
            case let .note(text, _):
                "> " + escape(text)
            }
        }.joined(separator: "\n\n") + "\n"
    }

    /// `text` as Markdown that renders to exactly `text`: marks that CommonMark would read as syntax
    /// (emphasis, links, HTML, line-start markers, smart punctuation) get a backslash.
    package static func escape(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var output = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            let previous = index > 0 ? scalars[index - 1] : nil
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            var needsEscape = "\\`*_[]<>&\"'".unicodeScalars.contains(scalar)
            // Smart punctuation would make -- a dash and ... an ellipsis.
            if scalar == "-" && (previous == "-" || next == "-") { needsEscape = true }
            if scalar == "." && (previous == "." || next == ".") { needsEscape = true }
            if index == 0 && "#-+=|~".unicodeScalars.contains(scalar) { needsEscape = true }
            // `1. ` or `1) ` at the start would begin an ordered list.
            if (scalar == "." || scalar == ")"), scalars[..<index].allSatisfy(\.isASCIIDigit), index > 0, index <= 9 {
                needsEscape = true
            }
            if needsEscape { output.append("\\") }
            output.append(scalar)
        }
        return String(output)
    }
}
