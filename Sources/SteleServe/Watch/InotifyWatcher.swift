#if canImport(Glibc)
import Foundation
import Glibc
import SteleContent


/// Watches a site folder with Linux inotify: one watch on the site folder (for stele.yml and the
/// watched folders appearing) and one on every folder below content/, templates/ and static/,
/// added as folders appear.
///
/// A thread of its own waits in `poll` on the inotify descriptor and a wake-up pipe; a batch is
/// reported once no event has come for a quiet time, so an editor's write-rename-chmod sequence is one
/// rebuild: the short settling time when every file in the batch was written whole (`OpenWrites`),
/// else the debounce interval.
final class InotifyWatcher: @unchecked Sendable {
    // Only the watcher thread touches `watches` after `init`; the descriptors are closed by that thread on stop.
    private let root: URL
    private let inotify: Int32
    private let wakeRead: Int32
    private let wakeWrite: Int32
    private let debounceMilliseconds: Int32
    private let settleMilliseconds: Int32
    /// Files of the pending batch still being written.
    private var openWrites = OpenWrites()
    /// Watch descriptor → folder, relative to the site ("" for the site folder itself).
    private var watches: [Int32: String] = [:]

    private static let mask: UInt32 = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM
        | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    /// Starts watching; nil when inotify is unavailable (not Linux, no instances or watches left).
    init?(siteDirectory: URL, debounce: Duration, settle: Duration = .milliseconds(10)) {
        root = siteDirectory.standardizedFileURL
        inotify = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        guard inotify >= 0 else { return nil }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else {
            close(inotify)
            return nil
        }
        wakeRead = pipeEnds[0]
        wakeWrite = pipeEnds[1]
        for end in pipeEnds { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
        debounceMilliseconds = Self.milliseconds(debounce)
        settleMilliseconds = min(Self.milliseconds(settle), debounceMilliseconds)
        guard addWatch("") else {
            closeAll()
            return nil
        }
        for folder in WatchedPaths.folders { _ = addTree(folder) }
    }

    /// Batches of changed site-relative paths, until the stream is dropped.
    func changes() -> AsyncStream<Set<String>> {
        let (stream, continuation) = AsyncStream.makeStream(of: Set<String>.self)
        continuation.onTermination = { [wakeWrite] _ in
            var byte: UInt8 = 1
            _ = write(wakeWrite, &byte, 1)
        }
        let thread = Thread { [self] in
            run(continuation)
            closeAll()
        }
        thread.name = "stele-watch"
        thread.start()
        return stream
    }

    private func run(_ continuation: AsyncStream<Set<String>>.Continuation) {
        var pending: Set<String> = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            var fds = [pollfd(fd: inotify, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
            let quietTime = pending.isEmpty ? -1 : openWrites.isEmpty ? settleMilliseconds : debounceMilliseconds
            let ready = poll(&fds, 2, quietTime)
            if ready < 0 {
                if errno == EINTR { continue }
                break
            }
            if fds[1].revents != 0 { break }
            if ready == 0 {
                continuation.yield(pending)
                pending = []
                openWrites.removeAll()
                continue
            }
            while true {
                let count = read(inotify, &buffer, buffer.count)
                guard count > 0 else { break }
                pending.formUnion(handle(buffer[..<count]))
            }
        }
        continuation.finish()
    }

    /// The watched paths that `events` (a run of `struct inotify_event`) touch; watches new folders.
    private func handle(_ events: ArraySlice<UInt8>) -> Set<String> {
        var changed: Set<String> = []
        var offset = events.startIndex
        let headerSize = MemoryLayout<inotify_event>.size
        while offset + headerSize <= events.endIndex {
            let (descriptor, mask, nameLength) = events.withUnsafeBytes { raw in
                let base = offset - events.startIndex
                return (raw.loadUnaligned(fromByteOffset: base, as: Int32.self),
                        raw.loadUnaligned(fromByteOffset: base + 4, as: UInt32.self),
                        Int(raw.loadUnaligned(fromByteOffset: base + 12, as: UInt32.self)))
            }
            let nameBytes = events[(offset + headerSize)..<min(offset + headerSize + nameLength, events.endIndex)]
            offset += headerSize + nameLength
            let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
            if mask & UInt32(IN_IGNORED) != 0 {
                watches[descriptor] = nil
                continue
            }
            if mask & UInt32(IN_Q_OVERFLOW) != 0 {
                // Events were lost: rebuild everything and watch any folder that appeared meanwhile.
                for folder in WatchedPaths.folders { _ = addTree(folder) }
                changed.insert(SiteConfig.fileName)
                continue
            }
            guard let folder = watches[descriptor], !name.isEmpty else { continue }
            let path = folder.isEmpty ? name : "\(folder)/\(name)"
            guard WatchedPaths.contains(path) else { continue }
            changed.insert(path)
            openWrites.note(path, mask: mask)
            if mask & UInt32(IN_ISDIR) != 0 && mask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                // A folder made or moved in may already hold files (`mkdir -p`, `mv`): watch it and count them.
                changed.formUnion(addTree(path))
            }
        }
        return changed
    }

    /// Watches `folder` and every folder below it; returns the files found there.
    private func addTree(_ folder: String) -> [String] {
        guard addWatch(folder) else { return [] }
        let url = root.appendingPathComponent(folder)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: url.path) else { return [] }
        var files: [String] = []
        for name in names.sorted() {
            let path = "\(folder)/\(name)"
            guard WatchedPaths.contains(path) else { continue }
            // `attributesOfItem` does not follow symlinks, so a symlinked folder is not descended into.
            let attributes = try? FileManager.default.attributesOfItem(atPath: url.appendingPathComponent(name).path)
            if attributes?[.type] as? FileAttributeType == .typeDirectory {
                files += addTree(path)
            } else {
                files.append(path)
            }
        }
        return files
    }

    private func addWatch(_ folder: String) -> Bool {
        let path = folder.isEmpty ? root.path : root.appendingPathComponent(folder).path
        let descriptor = inotify_add_watch(inotify, path, Self.mask)
        guard descriptor >= 0 else { return false }
        watches[descriptor] = folder
        return true
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        Int32(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
    }

    private func closeAll() {
        close(inotify)
        close(wakeRead)
        close(wakeWrite)
    }
}
#endif
