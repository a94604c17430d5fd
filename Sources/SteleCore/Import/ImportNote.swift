/// One line of the import report: a repair the importer made, or a spot an editor should look at.
public struct ImportNote: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// Something the importer changed (joined a page break, converted punctuation, …).
        case repair
        /// Something left as it was that an editor should check.
        case warning
        /// How the file was read or a value inferred.
        case info
    }

    /// The source file as the user named it.
    public var file: String
    public var line: Int?
    public var kind: Kind
    public var message: String

    public init(file: String, line: Int?, kind: Kind, message: String) {
        self.file = file
        self.line = line
        self.kind = kind
        self.message = message
    }

    /// `sources/x.txt:41: joined page break …`, `sources/x.txt:87: warning: …`.
    public var description: String {
        let place = SourceLocation(file: file, line: line)
        return kind == .warning ? "\(place): warning: \(message)" : "\(place): \(message)"
    }
}
