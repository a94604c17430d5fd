import SteleSupport
/// What `stele import` did: the report, the files it wrote or left alone, and the files it could not import.
public struct ImportOutcome: Sendable {
    /// Repairs, warnings and inferences, in file and line order.
    public var notes: [Diagnostic] = []
    public var errors: [ImportError] = []
    /// Paths (as `destination/slug.md`) written, or found already holding the same bytes.
    public var written: [String] = []
    public var unchanged: [String] = []
    /// Existing files that differ from the import and were kept because overwriting was not allowed.
    public var notOverwritten: [String] = []
    public var articleCount = 0
    /// How many articles each source file held, by file as the user named it.
    public var articlesByFile: [String: Int] = [:]

    /// Whether every file was imported and written.
    public var succeeded: Bool { errors.isEmpty && notOverwritten.isEmpty }
}
