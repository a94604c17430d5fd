/// A place in a file the user can open: printed as `file:line:column`, the form editors and CI annotate.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The path as the user would type it, relative to the site folder where possible.
    public var file: String
    public var line: Int?
    public var column: Int?

    public init(file: String, line: Int? = nil, column: Int? = nil) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String {
        switch (line, column) {
        case let (line?, column?): "\(file):\(line):\(column)"
        case let (line?, nil): "\(file):\(line)"
        default: file
        }
    }
}
