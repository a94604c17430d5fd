import Foundation

/// The output folder an earlier build left, whose unchanged files a new build links into its staging
/// folder instead of writing them again.
///
/// A link is one directory entry; a new file is a new inode, and ext4 spends more finding a free inode
/// after a build deleted thousands (issue 13's profile: creating files was a sixth of a build). A linked
/// file also keeps its time, so a deploy that copies changed files copies only those. The bytes are
/// compared, not a record of them: a file edited by hand in `output/` is written again.
struct PreviousOutput {
    var folder: String

    /// Links the earlier file at `relative` to `destination` when it holds exactly `data`; false when it
    /// does not, or cannot be linked (then the caller writes the file).
    func link(_ relative: String, to destination: String, ifHolding data: Data) -> Bool {
        let path = folder + "/" + relative
        let same = data.withUnsafeBytes { expected in
            Self.withRegularFile(path, size: data.count) { descriptor in
                Self.reads(descriptor, as: data.count) { offset, chunk in
                    memcmp(chunk.baseAddress!, expected.baseAddress! + offset, chunk.count) == 0
                }
            }
        }
        return same && Glibc.link(path, destination) == 0
    }

    /// Puts the earlier file at `relative` in the place of `written`, a file just written, when both
    /// hold the same bytes; false when they differ or it cannot be linked (`written` then stays).
    @discardableResult
    func link(_ relative: String, over written: String) -> Bool {
        let path = folder + "/" + relative
        var status = stat()
        guard stat(written, &status) == 0 else { return false }
        let size = Int(status.st_size)
        let same = Self.withRegularFile(written, size: size) { new in
            var buffer = [UInt8](repeating: 0, count: min(size, 1 << 16))
            return Self.withRegularFile(path, size: size) { old in
                Self.reads(old, as: size) { _, chunk in
                    buffer.withUnsafeMutableBytes { read(new, $0.baseAddress!, chunk.count) } == chunk.count
                        && buffer.withUnsafeBytes { memcmp($0.baseAddress!, chunk.baseAddress!, chunk.count) } == 0
                }
            }
        }
        // Linked beside it and renamed over it: `written` is never missing, whatever fails.
        let beside = written + ".previous"
        guard same, Glibc.link(path, beside) == 0 else { return false }
        guard rename(beside, written) == 0 else {
            unlink(beside)
            return false
        }
        return true
    }

    /// `body` with the file at `path` open, when it is a regular file of `size` bytes; false otherwise.
    private static func withRegularFile(_ path: String, size: Int, _ body: (Int32) -> Bool) -> Bool {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == size else {
            return false
        }
        return body(descriptor)
    }

    /// Reads `size` bytes from `descriptor` a chunk at a time, each with its offset to `matches`; false at
    /// the first chunk that does not match, or when the file ends early.
    private static func reads(_ descriptor: Int32, as size: Int,
                              matches: (Int, UnsafeRawBufferPointer) -> Bool) -> Bool {
        var buffer = [UInt8](repeating: 0, count: min(size, 1 << 16))
        var offset = 0
        while offset < size {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, min($0.count, size - offset)) }
            if count < 0, errno == EINTR { continue }
            guard count > 0, buffer.withUnsafeBytes({ matches(offset, UnsafeRawBufferPointer(rebasing: $0[0..<count])) })
            else { return false }
            offset += count
        }
        return true
    }
}
