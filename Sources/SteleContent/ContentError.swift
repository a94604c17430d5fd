import SteleSupport
import SteleText

/// Why a content file or the site configuration could not be read.
public enum ContentError: DiagnosticError, Equatable {
    case unreadable(SourceLocation, reason: String)
    case invalidUTF8(SourceLocation)
    case unterminatedFrontmatter(SourceLocation)
    case invalidYAML(SourceLocation, problem: String)
    case notAMapping(SourceLocation)
    case wrongType(SourceLocation, key: String, expected: String)
    case invalidDate(SourceLocation, value: String)
    /// A NUL byte: binary data, not text.
    case binary(SourceLocation)
    /// A site folder that does not exist, or holds neither stele.yml nor content/.
    case notASite(SourceLocation, reason: String)
    /// A content file that is a link to a file outside the site folder.
    case outsideSite(SourceLocation, target: String)
    /// A content file edited (or removed) while a build that reads it twice was running.
    case changedDuringBuild(SourceLocation)

    /// A word dictionary, IDF table or user word list named by stele.yml that cannot be used.
    case wordData(WordDataError)

    /// Where the problem is.
    public var location: SourceLocation { diagnostics[0].location }

    public var diagnostics: [Diagnostic] {
        switch self {
        case let .wordData(error): error.diagnostics
        case let .binary(location):
            [Diagnostic(.error, at: location, "binary data (a NUL byte), not text")]
        case let .notASite(location, reason):
            [Diagnostic(.error, at: location, reason)]
        case let .outsideSite(location, target):
            [Diagnostic(.error, at: location,
                        "a link to \(target), outside the site folder: content is published only from inside it")]
        case let .unreadable(location, reason):
            [Diagnostic(.error, at: location, "cannot read file: \(reason)")]
        case let .changedDuringBuild(location):
            [Diagnostic(.error, at: location, "the file changed while the site was being built; build again")]
        case let .invalidUTF8(location):
            [Diagnostic(.error, at: location, "file is not valid UTF-8 (convert it, or bring it in with `stele import`)")]
        case let .unterminatedFrontmatter(location):
            [Diagnostic(.error, at: location, "frontmatter opened with '---' is never closed by a '---' line")]
        case let .invalidYAML(location, problem):
            [Diagnostic(.error, at: location, "invalid YAML\(Self.inFrontmatter(location)): \(problem)")]
        case let .notAMapping(location):
            [Diagnostic(.error, at: location, "\(Self.isYAMLFile(location) ? "the file" : "frontmatter") must be a mapping of keys to values (key: value)")]
        case let .wrongType(location, key, expected):
            [Diagnostic(.error, at: location, "'\(key)' must be \(expected)")]
        case let .invalidDate(location, value):
            [Diagnostic(.error, at: location,
                        "'\(value)' is not a date (write YYYY-MM-DD, optionally followed by a time)")]
        }
    }

    /// stele.yml is YAML through and through; a content file's YAML is its frontmatter.
    static func isYAMLFile(_ location: SourceLocation) -> Bool {
        location.file.hasSuffix(".yml") || location.file.hasSuffix(".yaml")
    }

    static func inFrontmatter(_ location: SourceLocation) -> String { isYAMLFile(location) ? "" : " in frontmatter" }
}
