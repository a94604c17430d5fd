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
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG, status.st_size == data.count
        else { return false }
        let same = data.withUnsafeBytes { expected -> Bool in
            guard let start = expected.baseAddress else { return true }
            var buffer = [UInt8](repeating: 0, count: min(data.count, 1 << 16))
            var offset = 0
            while offset < data.count {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress!, min($0.count, data.count - offset)) }
                if count < 0, errno == EINTR { continue }
                guard count > 0, buffer.withUnsafeBytes({ memcmp($0.baseAddress!, start + offset, count) }) == 0 else {
                    return false
                }
                offset += count
            }
            return true
        }
        return same && Glibc.link(path, destination) == 0
    }
}
