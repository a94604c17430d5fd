import Foundation

/// How the server notices changes to the site's sources.
public enum WatchMode: Sendable, Equatable {
    /// inotify where available, else polling every half second.
    case automatic
    /// Scan the files' modification times at this interval.
    case polling(Duration)
}

/// Starts the watcher `mode` asks for on a site folder.
enum SiteWatcher {
    /// Quiet time that ends a batch of inotify events while a file in it is still being written.
    static let debounce = Duration.milliseconds(100)
    /// Quiet time that ends a batch whose files were all written whole (`OpenWrites`).
    static let settle = Duration.milliseconds(10)
    static let defaultPollingInterval = Duration.milliseconds(500)

    /// Batches of changed site-relative paths, and the name of the mechanism used (for the log).
    static func changes(in siteDirectory: URL, mode: WatchMode) -> (changes: AsyncStream<Set<String>>, mechanism: String) {
        switch mode {
        case .automatic:
            #if canImport(Glibc)
            if let inotify = InotifyWatcher(siteDirectory: siteDirectory, debounce: debounce, settle: settle) {
                return (inotify.changes(), "inotify")
            }
            #endif
            return polling(siteDirectory, interval: defaultPollingInterval)
        case let .polling(interval):
            return polling(siteDirectory, interval: interval)
        }
    }

    private static func polling(_ siteDirectory: URL, interval: Duration) -> (changes: AsyncStream<Set<String>>, mechanism: String) {
        let watcher = PollingWatcher(root: siteDirectory.standardizedFileURL, interval: interval)
        return (watcher.changes(), "polling every \(interval)")
    }
}
