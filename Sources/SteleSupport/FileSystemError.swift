import Foundation

/// A file system call that failed, described as a user reads it: the path and the system's own words
/// ("Is a directory"), never Foundation's "(NSCocoaErrorDomain error 256.)".
public struct FileSystemError: Error, LocalizedError, Equatable {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// The error `errno` holds now.
    public static func lastError(path: String) -> FileSystemError {
        FileSystemError(path: path, reason: String(cString: strerror(errno)))
    }

    public var errorDescription: String? { reason }

    /// What went wrong in `error`, in words: the POSIX reason under a Foundation error when there is one.
    public static func reason(for error: any Error) -> String {
        if let error = error as? FileSystemError { return error.reason }
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let message = strerror(Int32(underlying.code)) {
            return String(cString: message)
        }
        if nsError.domain == NSPOSIXErrorDomain, let message = strerror(Int32(nsError.code)) {
            return String(cString: message)
        }
        return error.localizedDescription
    }
}
