import SteleSupport

/// Why a build would not, or could not, write its output folder.
public enum OutputError: DiagnosticError, Equatable {
    /// Writing there would replace something Stele did not create.
    case refused(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    /// The folder the problem is with.
    public var location: SourceLocation {
        switch self {
        case let .refused(path, _), let .writeFailed(path, _): SourceLocation(file: path)
        }
    }

    public var diagnostics: [Diagnostic] {
        let message = switch self {
        case let .refused(_, reason): "refusing to use as output folder: \(reason)"
        case let .writeFailed(_, reason): "cannot write: \(reason)"
        }
        return [Diagnostic(.error, at: location, message)]
    }
}
