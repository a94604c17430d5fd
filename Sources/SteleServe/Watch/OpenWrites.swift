#if canImport(Glibc)
import Glibc

/// The files whose writing has begun but not ended, told by their inotify events: the watcher may
/// report a batch as soon as every file in it is whole.
///
/// An editor's save is a burst of events within a millisecond or two: a write ended by closing the
/// file (`IN_CLOSE_WRITE`), or a scratch file renamed over the old one (`IN_MOVED_TO`), often with a
/// change of mode after it. Waiting a fixed 100 ms after the last event, to be sure such a burst was
/// over, was most of the time between a save and the page updating. A file still being written (a
/// `IN_MODIFY` or `IN_CREATE` not yet closed: a large file, or one a program keeps open) keeps the
/// longer wait.
struct OpenWrites {
    private var paths: Set<String> = []

    /// Whether no file is in the middle of being written.
    var isEmpty: Bool { paths.isEmpty }

    /// Notes an event with `mask` on the file at `path`; folders' events are no writes.
    mutating func note(_ path: String, mask: UInt32) {
        guard mask & UInt32(IN_ISDIR) == 0 else { return }
        if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_DELETE) != 0 {
            paths.remove(path)
        } else if mask & UInt32(IN_MODIFY | IN_CREATE) != 0 {
            paths.insert(path)
        }
    }

    /// Forgets every write: the batch that held them was reported.
    mutating func removeAll() {
        paths.removeAll()
    }
}
#endif
