import CFileSystem
import Foundation
import StelePages
import Synchronization
import SteleSupport

/// Writes a build's files into its staging folder: folders first, then the files on all cores, each
/// linked from the previous output when unchanged or written with plain `open`/`write`/`close`. The
/// file system is flushed once for them all, when the folder is committed (`OutputDirectory.commit`).
///
/// Foundation's `Data.write(to:)` calls `fsync` on every file; for a site of 10,000 articles that is
/// 30,000 waits on the disk. The staging folder is not visible until it is swapped in, so the files
/// need to be durable only as a whole, just before the swap.
struct StagedFiles {
    var folder: URL
    /// The output being replaced, whose unchanged files are linked rather than written again.
    var previous: PreviousOutput?

    func write(_ files: [OutputFile]) throws(FileSystemError) {
        let base = folder.path
        try makeFolders(above: files.map(\.path))
        let firstFailure = Mutex<FileSystemError?>(nil)
        DispatchQueue.concurrentPerform(iterations: files.count) { index in
            let file = files[index]
            let path = base + "/" + file.path
            if let previous, previous.link(file.path, to: path, ifHolding: file.contents) { return }
            do throws(FileSystemError) {
                try Self.write(file.contents, to: path)
            } catch {
                firstFailure.withLock { $0 = $0 ?? error }
            }
        }
        if let failure = firstFailure.withLock({ $0 }) { throw failure }
    }

    /// Writes `file` as its bytes are made, its folders first; returns how many bytes it holds. Linked
    /// from the previous output instead when that holds the same bytes.
    func write(_ file: StreamedFile) throws(FileSystemError) -> Int {
        try makeFolders(above: [file.path])
        let path = folder.path + "/" + file.path
        let count = try Self.write(to: path, chunks: file.write)
        previous?.link(file.path, over: path)
        return count
    }

    /// Every folder above `paths` in the staging folder (`a`, `a/b` for `a/b/index.html`), parents first.
    private func makeFolders(above paths: [String]) throws(FileSystemError) {
        var folders = Set<String>()
        for path in paths {
            var parent = ""
            for component in path.split(separator: "/", omittingEmptySubsequences: true).dropLast() {
                parent += parent.isEmpty ? String(component) : "/" + component
                folders.insert(parent)
            }
        }
        // Sorted, so each folder's parent exists before it.
        for relative in folders.sorted() {
            let path = folder.path + "/" + relative
            guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw .lastError(path: path) }
        }
    }

    /// The bytes to a new file at `path` (mode 0644), without fsync.
    static func write(_ data: Data, to path: String) throws(FileSystemError) {
        _ = try write(to: path) { consume in data.withUnsafeBytes(consume) }
    }

    /// A new file at `path` (mode 0644) of the chunks `chunks` hands on, without fsync; returns its size.
    private static func write(to path: String, chunks: ((UnsafeRawBufferPointer) -> Void) -> Void)
        throws(FileSystemError) -> Int
    {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .lastError(path: path) }
        var failure: FileSystemError?
        var count = 0
        chunks { chunk in
            guard failure == nil else { return }
            do throws(FileSystemError) {
                try write(chunk, to: descriptor, path: path)
                count += chunk.count
            } catch {
                failure = error
            }
        }
        guard close(descriptor) == 0 else { throw failure ?? .lastError(path: path) }
        if let failure { throw failure }
        return count
    }

    /// All of `buffer` to the open file `descriptor` (at `path`, for the error).
    private static func write(_ buffer: UnsafeRawBufferPointer, to descriptor: Int32, path: String) throws(FileSystemError) {
        var offset = 0
        while offset < buffer.count {
            let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw .lastError(path: path)
            }
            offset += written
        }
    }
}
