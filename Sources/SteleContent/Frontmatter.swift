import Foundation
import SteleSupport
import SteleText
import Yams

/// The YAML header of a content file, with the keys Stele knows typed and the rest kept as `params`.
public struct Frontmatter: Sendable, Equatable {
    public var title: String = ""
    public var subtitle: String?
    public var date: PageDate?
    public var authors: [String] = []
    public var tags: [String] = []
    public var draft = false
    public var slug: String?
    public var summary: String?
    /// Every other key, in file order, for templates (`page.params.series`) and later stages.
    public var params: [(key: String, value: FrontmatterValue)] = []
    /// The file line of each key, so later stages can point at `slug:` or `events:`.
    public var keyLines: [String: Int] = [:]
    /// Keys that look like typos of keys Stele reads (`titel`, `tag`).
    public var warnings: [Diagnostic] = []

    /// Every key Stele reads from frontmatter, here and in the analysis (`events`, `timeline_exclude`).
    public static let knownKeys = [
        "title", "subtitle", "slug", "summary", "authors", "tags", "draft", "date", "events", "timeline_exclude",
    ]

    public init() {}

    public subscript(param key: String) -> FrontmatterValue? {
        params.first { $0.key == key }?.value
    }

    public static func == (lhs: Frontmatter, rhs: Frontmatter) -> Bool {
        lhs.title == rhs.title && lhs.subtitle == rhs.subtitle && lhs.date == rhs.date && lhs.authors == rhs.authors
            && lhs.tags == rhs.tags && lhs.draft == rhs.draft && lhs.slug == rhs.slug && lhs.summary == rhs.summary
            && lhs.params.map(\.key) == rhs.params.map(\.key) && lhs.params.map(\.value) == rhs.params.map(\.value)
    }
}

/// A content file split into its frontmatter and its Markdown body.
public struct ContentDocument: Sendable, Equatable {
    public var frontmatter: Frontmatter
    public var body: String
    /// The line of the file on which `body` starts.
    public var bodyStartLine: Int

    /// Splits and parses `text`, the contents of `file` (used in errors).
    public init(parsing text: String, file: String) throws(ContentError) {
        let text = Self.normalisingLineEnds(text)
        let content = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : text[...]
        guard content.hasPrefix("---\n") || content == "---" else {
            self.frontmatter = Frontmatter()
            self.body = text
            self.bodyStartLine = 1
            return
        }
        // Line by line up to the closing `---` only: the body is taken whole, never split into lines.
        let yamlStart = content.index(content.startIndex, offsetBy: 3)
        var lineStart = yamlStart < content.endIndex ? content.index(after: yamlStart) : yamlStart
        var lineNumber = 2
        while lineStart < content.endIndex {
            let lineEnd = content[lineStart...].firstIndex(of: "\n") ?? content.endIndex
            let line = content[lineStart..<lineEnd]
            if line == "---" || line == "..." {
                // The YAML is the lines between the two markers, without the newline that ends the last.
                let yaml = content[content.index(after: yamlStart)..<lineStart].dropLast()
                // YAML line 1 is file line 2.
                self.frontmatter = try Frontmatter.parse(yaml: String(yaml), file: file, lineOffset: 1)
                self.body = lineEnd < content.endIndex ? String(content[content.index(after: lineEnd)...]) : ""
                self.bodyStartLine = lineNumber + 1
                return
            }
            lineStart = lineEnd < content.endIndex ? content.index(after: lineEnd) : lineEnd
            lineNumber += 1
        }
        throw .unterminatedFrontmatter(SourceLocation(file: file, line: 1))
    }

    /// The body of `text` when it starts on line `bodyStartLine` (as `init(parsing:file:)` found it),
    /// taken without parsing the frontmatter again: for a build that reads an article's file a second
    /// time to render its page.
    public static func body(of text: String, startingAtLine bodyStartLine: Int) -> String {
        let text = normalisingLineEnds(text)
        guard bodyStartLine > 1 else { return text }
        let content = text.hasPrefix("\u{FEFF}") ? text.dropFirst() : text[...]
        var linesLeft = bodyStartLine - 1
        var index = content.utf8.startIndex
        while linesLeft > 0 {
            guard let newline = content.utf8[index...].firstIndex(of: UInt8(ascii: "\n")) else { return "" }
            index = content.utf8.index(after: newline)
            linesLeft -= 1
        }
        return String(content[index...])
    }

    /// "\r\n" is one Character in Swift, so line ends are made "\n" before looking for lines.
    private static func normalisingLineEnds(_ text: String) -> String {
        text.utf8.contains(UInt8(ascii: "\r"))
            ? text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n") : text
    }
}

extension Frontmatter {
    package static func parse(yaml: String, file: String, lineOffset: Int) throws(ContentError) -> Frontmatter {
        var frontmatter = Frontmatter()
        let suggestions = KeySuggestion(known: knownKeys)
        for entry in try YAMLMapping(yaml: yaml, file: file, lineOffset: lineOffset).entries {
            frontmatter.keyLines[entry.key] = entry.keyLocation.line
            if let warning = suggestions.warning(for: entry.key, at: entry.keyLocation) {
                frontmatter.warnings.append(warning)
            }
            switch entry.key {
            case "title": frontmatter.title = try entry.string()
            case "subtitle": frontmatter.subtitle = try entry.string()
            case "slug": frontmatter.slug = try entry.string()
            case "summary": frontmatter.summary = try entry.string()
            case "authors": frontmatter.authors = try entry.strings()
            case "tags":
                // A tag is a word; a number (tags: 5) or an empty entry is a slip, not a tag.
                if case let .scalar(scalar) = entry.node, scalar.style == .plain, entry.node.int != nil {
                    throw .wrongType(entry.location, key: entry.key, expected: "a list of tags, such as [党建, 基层]")
                }
                frontmatter.tags = try entry.strings()
                if frontmatter.tags.contains(where: { $0.trimmingSpacesAndTabs().isEmpty }) {
                    throw .wrongType(entry.location, key: entry.key, expected: "a list of tags without empty ones")
                }
            case "draft": frontmatter.draft = try entry.bool()
            case "date":
                let text = try entry.string()
                guard let date = PageDate(text) else { throw .invalidDate(entry.location, value: text) }
                frontmatter.date = date
            default:
                frontmatter.params.append((key: entry.key, value: FrontmatterValue(entry.node)))
            }
        }
        return frontmatter
    }
}
