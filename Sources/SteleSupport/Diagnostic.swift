/// One thing Stele has to tell the user about a place in a file: a build error, a check problem, an
/// import repair or warning. Every command prints these the same way, as text or as JSON.
///
/// The message never contains the place: `location` carries it, and the renderings put the two together.
public struct Diagnostic: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        /// Something that stops a build, an import or a check.
        case error
        /// Something left as it was that the user should look at.
        case warning
        /// Something done or decided, for the record (a repair the importer made).
        case note
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String
    /// A short machine-readable name of what kind of problem this is (`broken-link`, `repair`), for JSON.
    public var kind: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String, kind: String = "") {
        self.severity = severity
        self.location = location
        self.message = message
        self.kind = kind
    }

    /// `file:line:column: message`, the form editors and CI annotate; warnings say so after the place.
    /// A diagnostic about no file in particular prints its message alone.
    public var description: String {
        let place = location.file.isEmpty ? "" : "\(location): "
        return severity == .warning ? "\(place)warning: \(message)" : place + message
    }

    /// By file, line and column, then message: the order reports list them in.
    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        (lhs.location.file, lhs.location.line ?? 0, lhs.location.column ?? 0, lhs.message)
            < (rhs.location.file, rhs.location.line ?? 0, rhs.location.column ?? 0, rhs.message)
    }
}

/// An error that can say where it happened, as one diagnostic or several.
///
/// Each concern keeps its own typed error enum (`ContentError`, `TemplateError`, …); this is what lets
/// every one of them be printed, checked and reported the same way.
public protocol DiagnosticError: Error, Sendable, CustomStringConvertible {
    var diagnostics: [Diagnostic] { get }
}

extension DiagnosticError {
    /// One diagnostic a line.
    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
