import Foundation

/// Reads files that must be regular files, saying in plain words what else a path is.
///
/// Opening a FIFO would block the build until something writes to it, and Foundation describes a
/// folder or a symlink loop only as "(NSCocoaErrorDomain error 256.)"; `stat` first tells them apart.
public enum RegularFile {
    /// The bytes of the regular file at `url` (symlinks followed).
    public static func read(at url: URL) throws(FileSystemError) -> Data {
        try read(atPath: url.path)
    }

    /// The bytes of the regular file at `path` (symlinks followed).
    ///
    /// Opened without waiting (`O_NONBLOCK`, which a named pipe would otherwise wait on) and asked
    /// what it is through the open descriptor; then read with `read(2)`. Foundation's
    /// `Data(contentsOf:)` worked out the URL's path again for each file, a percent of loading a
    /// 100,000-article site.
    public static func read(atPath path: String) throws(FileSystemError) -> Data {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw .lastError(path: path) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw .lastError(path: path) }
        if let kind = nonRegularKind(status.st_mode) {
            throw FileSystemError(path: path, reason: "is \(kind), not a regular file")
        }
        // Read to the end, not to the size `fstat` gave: a file written meanwhile may have grown.
        var bytes = [UInt8](repeating: 0, count: max(Int(status.st_size), 0) + 1)
        var count = 0
        while true {
            if count == bytes.count { bytes += [UInt8](repeating: 0, count: bytes.count) }
            let read = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
            }
            if read < 0 {
                if errno == EINTR { continue }
                throw .lastError(path: path)
            }
            if read == 0 { break }
            count += read
        }
        return Data(bytes[..<count])
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
