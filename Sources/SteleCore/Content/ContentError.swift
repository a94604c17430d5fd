/// Why a content file or the site configuration could not be read.
public enum ContentError: Error, Equatable, CustomStringConvertible {
    case unreadable(SourceLocation, reason: String)
    case invalidUTF8(SourceLocation)
    case unterminatedFrontmatter(SourceLocation)
    case invalidYAML(SourceLocation, problem: String)
    case notAMapping(SourceLocation)
    case wrongType(SourceLocation, key: String, expected: String)
    case invalidDate(SourceLocation, value: String)

    public var location: SourceLocation {
        switch self {
        case let .unreadable(location, _), let .invalidUTF8(location), let .unterminatedFrontmatter(location),
             let .invalidYAML(location, _), let .notAMapping(location), let .wrongType(location, _, _),
             let .invalidDate(location, _):
            location
        }
    }

    public var description: String {
        switch self {
        case let .unreadable(location, reason):
            "\(location): cannot read file: \(reason)"
        case let .invalidUTF8(location):
            "\(location): file is not valid UTF-8 (convert it, or bring it in with `stele import`)"
        case let .unterminatedFrontmatter(location):
            "\(location): frontmatter opened with '---' is never closed by a '---' line"
        case let .invalidYAML(location, problem):
            "\(location): invalid YAML in frontmatter: \(problem)"
        case let .notAMapping(location):
            "\(location): frontmatter must be a mapping of keys to values (key: value)"
        case let .wrongType(location, key, expected):
            "\(location): '\(key)' must be \(expected)"
        case let .invalidDate(location, value):
            "\(location): '\(value)' is not a date (write YYYY-MM-DD, optionally followed by a time)"
        }
    }
}
