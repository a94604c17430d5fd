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
        // "\r\n" is one Character in Swift, so normalise line ends before splitting into lines.
        let text = text.contains("\r") ? text.replacingOccurrences(of: "\r\n", with: "\n")
            .replacingOccurrences(of: "\r", with: "\n") : text
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = first.dropFirst() }
        guard let first = lines.first, first == "---" else {
            self.frontmatter = Frontmatter()
            self.body = text
            self.bodyStartLine = 1
            return
        }
        guard let closing = lines.indices.dropFirst().first(where: { lines[$0] == "---" || lines[$0] == "..." }) else {
            throw .unterminatedFrontmatter(SourceLocation(file: file, line: 1))
        }
        let yaml = lines[1..<closing].joined(separator: "\n")
        // YAML line 1 is file line 2.
        self.frontmatter = try Frontmatter.parse(yaml: yaml, file: file, lineOffset: 1)
        self.body = lines[(closing + 1)...].joined(separator: "\n")
        self.bodyStartLine = closing + 2
    }
}

extension Frontmatter {
    package static func parse(yaml: String, file: String, lineOffset: Int) throws(ContentError) -> Frontmatter {
        func location(_ mark: Mark?) -> SourceLocation {
            SourceLocation(file: file, line: mark.map { $0.line + lineOffset } ?? lineOffset + 1, column: mark?.column)
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw error.contentError(file: file, lineOffset: lineOffset)
        } catch {
            throw .invalidYAML(SourceLocation(file: file, line: lineOffset + 1), problem: "\(error)")
        }
        var frontmatter = Frontmatter()
        guard let root else { return frontmatter }
        guard case let .mapping(mapping) = root else { throw .notAMapping(location(root.mark)) }

        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw .wrongType(location(keyNode.mark), key: "key", expected: "a string") }
            let at = location(value.mark)
            frontmatter.keyLines[key] = location(keyNode.mark).line
            func string() throws(ContentError) -> String {
                guard case let .scalar(scalar) = value else { throw .wrongType(at, key: key, expected: "a string") }
                return scalar.string
            }
            func strings() throws(ContentError) -> [String] {
                switch value {
                case let .scalar(scalar): return scalar.string.isEmpty ? [] : [scalar.string]
                case let .sequence(sequence):
                    var result: [String] = []
                    for item in sequence {
                        guard case let .scalar(scalar) = item else {
                            throw .wrongType(location(item.mark), key: key, expected: "a list of strings")
                        }
                        result.append(scalar.string)
                    }
                    return result
                default: throw .wrongType(at, key: key, expected: "a list of strings")
                }
            }
            switch key {
            case "title": frontmatter.title = try string()
            case "subtitle": frontmatter.subtitle = try string()
            case "slug": frontmatter.slug = try string()
            case "summary": frontmatter.summary = try string()
            case "authors": frontmatter.authors = try strings()
            case "tags": frontmatter.tags = try strings()
            case "draft":
                guard let bool = value.bool else { throw .wrongType(at, key: key, expected: "true or false") }
                frontmatter.draft = bool
            case "date":
                let text = try string()
                guard let date = PageDate(text) else { throw .invalidDate(at, value: text) }
                frontmatter.date = date
            default:
                frontmatter.params.append((key: key, value: FrontmatterValue(value)))
            }
        }
        return frontmatter
    }
}

extension YamlError {
    /// The error as a content error at a line of the content file, not of the YAML snippet.
    package func contentError(file: String, lineOffset: Int) -> ContentError {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        switch self {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return .invalidYAML(at(mark), problem: detail)
        case let .duplicatedKeysInMapping(duplicates, context):
            return .invalidYAML(at(context.mark), problem: "duplicated key \(duplicates.joined(separator: ", "))")
        default:
            return .invalidYAML(SourceLocation(file: file, line: lineOffset + 1), problem: "\(self)")
        }
    }
}
