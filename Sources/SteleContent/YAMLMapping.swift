import SteleSupport
import Yams

/// The top-level mapping of a YAML document, as both of Stele's YAML files are read (stele.yml and
/// frontmatter): each entry with the line of its key, and typed accessors whose errors point at the value.
struct YAMLMapping {
    struct Entry {
        var key: String
        var node: Node
        /// Where the key is written, for errors about the entry as a whole (`slug:`, `tags:`).
        var keyLocation: SourceLocation
        /// Where the value starts, for errors about the value.
        var location: SourceLocation
        fileprivate var place: (Mark?) -> SourceLocation

        func string() throws(ContentError) -> String {
            guard case let .scalar(scalar) = node else { throw .wrongType(location, key: key, expected: "a string") }
            return scalar.string
        }

        /// A list of strings; a single string is a list of one, an empty one a list of none.
        func strings() throws(ContentError) -> [String] {
            switch node {
            case let .scalar(scalar): return scalar.string.isEmpty ? [] : [scalar.string]
            case let .sequence(sequence):
                var result: [String] = []
                for item in sequence {
                    guard case let .scalar(scalar) = item else {
                        throw .wrongType(place(item.mark), key: key, expected: "a list of strings")
                    }
                    result.append(scalar.string)
                }
                return result
            default: throw .wrongType(location, key: key, expected: "a list of strings")
            }
        }

        func bool() throws(ContentError) -> Bool {
            guard let bool = node.bool else { throw .wrongType(location, key: key, expected: "true or false") }
            return bool
        }
    }

    var entries: [Entry] = []

    /// The most values (scalars, lists, maps) a document may expand to, and how deep it may nest:
    /// far beyond any real frontmatter or stele.yml.
    static let valueLimit = 100_000
    static let depthLimit = 64

    /// Whether `node` expands to no more than `budget` values within the depth limit; spends the budget.
    private static func fits(_ node: Node, budget: inout Int, depth: Int) -> Bool {
        budget -= 1
        guard budget >= 0, depth <= depthLimit else { return false }
        switch node {
        case .scalar, .alias: return true
        case let .sequence(sequence): return sequence.allSatisfy { fits($0, budget: &budget, depth: depth + 1) }
        case let .mapping(mapping):
            return mapping.allSatisfy { fits($0.key, budget: &budget, depth: depth + 1) && fits($0.value, budget: &budget, depth: depth + 1) }
        }
    }

    /// Parses `yaml`, the text of `file` starting after `lineOffset` lines (frontmatter starts on line 2);
    /// an empty document is an empty mapping.
    init(yaml: String, file: String, lineOffset: Int) throws(ContentError) {
        let place = { (mark: Mark?) in
            SourceLocation(file: file, line: mark.map { $0.line + lineOffset } ?? lineOffset + 1, column: mark?.column)
        }
        let root: Node?
        do {
            // The encoding named: its default reads the whole environment for every document parsed
            // (`YAMS_DEFAULT_ENCODING`), a tenth of a warm build. No tags resolved (`.basic`): the default
            // resolver matches every scalar against seven regular expressions to tag it, and nothing here
            // reads a tag (`FrontmatterValue` asks each scalar what it is: `node.bool`, `node.int`, …).
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            throw error.contentError(file: file, lineOffset: lineOffset)
        } catch {
            throw .invalidYAML(SourceLocation(file: file, line: lineOffset + 1), problem: "\(error)")
        }
        guard let root else { return }
        // Aliases repeat what an anchor holds without copying it, so ten levels of them (a "billion laughs")
        // compose in an instant but expand to 10¹⁰ values. Count what the document expands to, and stop early.
        var budget = Self.valueLimit
        guard Self.fits(root, budget: &budget, depth: 0) else {
            throw .invalidYAML(place(root.mark), problem: "it expands to more than \(Self.valueLimit) values or nests "
                + "deeper than \(Self.depthLimit) levels (anchors and aliases, &name and *name, repeated inside each other?)")
        }
        guard case let .mapping(mapping) = root else { throw .notAMapping(place(root.mark)) }
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw .wrongType(place(keyNode.mark), key: "key", expected: "a string") }
            entries.append(Entry(key: key, node: value, keyLocation: place(keyNode.mark), location: place(value.mark),
                                 place: place))
        }
    }
}

extension YamlError {
    /// The error as a content error at a line of the file, not of the YAML snippet.
    func contentError(file: String, lineOffset: Int) -> ContentError {
        func at(_ mark: Mark) -> SourceLocation {
            SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
        }
        switch self {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            // An unclosed `[` or `"` is noticed lines later; the context marks where it was opened,
            // which is where the user has to look.
            guard let context else { return .invalidYAML(at(mark), problem: problem) }
            let noticed = at(mark)
            return .invalidYAML(at(context.mark), problem: "\(problem) (\(context.text) that starts here; "
                + "noticed at line \(noticed.line ?? 0), column \(noticed.column ?? 0))")
        case let .duplicatedKeysInMapping(duplicates, context):
            return .invalidYAML(at(context.mark), problem: "duplicated key \(duplicates.joined(separator: ", "))")
        default:
            return .invalidYAML(SourceLocation(file: file, line: lineOffset + 1), problem: "\(self)")
        }
    }
}
