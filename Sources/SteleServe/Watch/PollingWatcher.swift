import Foundation

/// Watches a site folder by comparing its files' modification times, sizes and inodes at an interval:
/// the fallback where inotify is unavailable (no instances left, other systems, some network folders).
struct PollingWatcher: Sendable {
    let root: URL
    let interval: Duration

    /// One file's state, as far as a change is concerned.
    struct Stamp: Equatable {
        var modified: Date?
        var size: Int?
        var inode: Int?
    }

    /// Batches of changed site-relative paths, until the stream is dropped. The first scan is made
    /// before this returns, so any change after it is reported.
    func changes() -> AsyncStream<Set<String>> {
        let (stream, continuation) = AsyncStream.makeStream(of: Set<String>.self)
        let first = scan()
        let task = Task { [self] in
            var previous = first
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let current = scan()
                let changed = Self.difference(previous, current)
                previous = current
                if !changed.isEmpty { continuation.yield(changed) }
            }
            continuation.finish()
        }
        continuation.onTermination = { _ in task.cancel() }
        return stream
    }

    /// Every watched file and folder now, by site-relative path.
    func scan() -> [String: Stamp] {
        var stamps: [String: Stamp] = [:]
        for name in WatchedPaths.files + WatchedPaths.folders {
            stamps[name] = stamp(name)
        }
        for folder in WatchedPaths.folders {
            let url = root.appendingPathComponent(folder)
            guard let enumerator = FileManager.default.enumerator(atPath: url.path) else { continue }
            for case let relative as String in enumerator {
                let path = "\(folder)/\(relative)"
                if WatchedPaths.contains(path) { stamps[path] = stamp(path) }
            }
        }
        return stamps.compactMapValues { $0 }
    }

    private func stamp(_ path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(path).path)
        else { return nil }
        return Stamp(modified: attributes[.modificationDate] as? Date, size: (attributes[.size] as? NSNumber)?.intValue,
                     inode: (attributes[.systemFileNumber] as? NSNumber)?.intValue)
    }

    /// Paths added, removed or changed between two scans.
    static func difference(_ old: [String: Stamp], _ new: [String: Stamp]) -> Set<String> {
        var changed: Set<String> = []
        for (path, stamp) in new where old[path] != stamp { changed.insert(path) }
        for path in old.keys where new[path] == nil { changed.insert(path) }
        return changed
    }
}
