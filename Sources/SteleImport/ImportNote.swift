import SteleSupport

/// The import report is a list of diagnostics: each repair the importer made (`repair`) and each value
/// it read or inferred (`info`) as notes, each spot an editor should check as a warning.
extension Diagnostic {
    package enum ImportKind: String, Sendable {
        /// Something the importer changed (joined a page break, converted punctuation, …).
        case repair
        /// How the file was read or a value inferred.
        case info
        /// Something left as it was that an editor should check.
        case warning
    }

    package init(import kind: ImportKind, file: String, line: Int?, _ message: String) {
        self.init(kind == .warning ? .warning : .note, at: SourceLocation(file: file, line: line), message,
                  kind: kind.rawValue)
    }
}
