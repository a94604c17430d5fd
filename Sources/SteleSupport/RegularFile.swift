import Foundation

/// Reads files that must be regular files, saying in plain words what else a path is.
///
/// Opening a FIFO would block the build until something writes to it, and Foundation describes a
/// folder or a symlink loop only as "(NSCocoaErrorDomain error 256.)"; `stat` first tells them apart.
public enum RegularFile {
    /// The bytes of the regular file at `url` (symlinks followed).
    public static func read(at url: URL) throws(FileSystemError) -> Data {
        var status = stat()
        guard stat(url.path, &status) == 0 else { throw .lastError(path: url.path) }
        if let kind = nonRegularKind(status.st_mode) {
            throw FileSystemError(path: url.path, reason: "is \(kind), not a regular file")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw FileSystemError(path: url.path, reason: FileSystemError.reason(for: error))
        }
    }

    /// What a file of mode `mode` is, in words, or nil for a regular file.
    static func nonRegularKind(_ mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a named pipe (FIFO)"
        case S_IFSOCK: "a socket"
        case S_IFCHR, S_IFBLK: "a device"
        default: "something other than a file"
        }
    }
}
