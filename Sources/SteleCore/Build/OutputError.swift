/// Why a build would not, or could not, write its output folder.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    /// Writing there would replace something Stele did not create.
    case refused(path: String, reason: String)
    case writeFailed(path: String, reason: String)

    /// The folder the problem is with.
    public var location: SourceLocation {
        switch self {
        case let .refused(path, _), let .writeFailed(path, _): SourceLocation(file: path)
        }
    }

    public var description: String {
        switch self {
        case let .refused(path, reason): "\(path): refusing to use as output folder: \(reason)"
        case let .writeFailed(path, reason): "\(path): cannot write: \(reason)"
        }
    }
}
