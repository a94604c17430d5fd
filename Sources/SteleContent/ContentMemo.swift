import Foundation
import Synchronization

/// The content files of the builds before, for a process that builds again and again (`stele serve`):
/// a rebuild parses again only the files whose inode, size or times changed, and those the watcher
/// named (`forget`). Re-reading and parsing every file of a large site was a twelfth of a rebuild after
/// an edit to one.
///
/// A file's stamp is taken before it is read, so a write that lands while it is read leaves a stamp
/// that no longer matches, and the next build reads it again.
public final class ContentMemo: Sendable {
    /// What `stat` says of a file: any write changes its times (the change time cannot be set back by
    /// hand), a replacement its inode.
    struct Stamp: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var modified: timespec
        var changed: timespec

        init?(path: String) {
            var status = stat()
            guard stat(path, &status) == 0 else { return nil }
            device = UInt64(status.st_dev)
            inode = UInt64(status.st_ino)
            size = Int64(status.st_size)
            modified = status.st_mtim
            changed = status.st_ctim
        }

        static func == (a: Stamp, b: Stamp) -> Bool {
            a.device == b.device && a.inode == b.inode && a.size == b.size
                && a.modified.tv_sec == b.modified.tv_sec && a.modified.tv_nsec == b.modified.tv_nsec
                && a.changed.tv_sec == b.changed.tv_sec && a.changed.tv_nsec == b.changed.tv_nsec
        }
    }

    private struct Entry {
        var stamp: Stamp
        var page: Page
    }

    /// How many files the last load took from the memo, and how many it read and parsed (or tried to).
    public struct Report: Sendable, Equatable {
        public var reused = 0
        public var parsed = 0
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var report = Report()
    }

    private let state = Mutex(State())

    public init() {}

    /// What the last load did.
    public var lastLoad: Report { state.withLock { $0.report } }

    /// Makes the next load parse `files` (site-relative paths) whatever their stamps say.
    public func forget(_ files: some Sequence<String>) {
        state.withLock { state in
            for file in files { state.entries[file] = nil }
        }
    }

    /// The page of `file` at `path`: the one parsed before when the file's stamp is unchanged, else
    /// `load()`'s, kept for the next build.
    func page(of file: String, at path: String, load: () throws(ContentError) -> Page) throws(ContentError) -> Page {
        let stamp = Stamp(path: path)
        if let stamp, let entry = state.withLock({ $0.entries[file] }), entry.stamp == stamp {
            state.withLock { $0.report.reused += 1 }
            return entry.page
        }
        state.withLock { $0.report.parsed += 1 }
        let page = try load()
        if let stamp { state.withLock { $0.entries[file] = Entry(stamp: stamp, page: page) } }
        return page
    }

    /// Starts a load: counts from zero.
    func beginLoad() {
        state.withLock { $0.report = Report() }
    }

    /// Forgets the files that are gone.
    func keep(only files: Set<String>) {
        state.withLock { state in
            state.entries = state.entries.filter { files.contains($0.key) }
        }
    }
}
