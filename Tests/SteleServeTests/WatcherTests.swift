import Foundation
#if canImport(Glibc)
import Glibc
#endif
import Testing
@testable import SteleServe

/// The two watchers on a real folder. Each waits for the change it expects (with a generous limit,
/// so a broken watcher fails instead of hanging); nothing measures speed.
@Suite("file watching")
struct WatcherTests {
    /// The first batch from `changes` that contains `path`.
    func waitFor(_ path: String, in changes: AsyncStream<Set<String>>) async throws -> Set<String> {
        try await withThrowingTaskGroup(of: Set<String>?.self) { group in
            group.addTask {
                for await batch in changes where batch.contains(path) { return batch }
                return nil
            }
            group.addTask {
                try await Task.sleep(for: .seconds(30))
                return nil
            }
            let first = try await group.next() ?? nil
            group.cancelAll()
            return try #require(first, "no change reported for \(path)")
        }
    }

    #if canImport(Glibc)
    @Test("inotify reports edits, new folders' files, removals and stele.yml")
    func inotify() async throws {
        let site = try TemporarySite.make()
        defer { site.remove() }
        let watcher = try #require(InotifyWatcher(siteDirectory: site.url, debounce: .milliseconds(50)))
        let changes = watcher.changes()
        try site.write("content/hello.md", "edited")
        _ = try await waitFor("content/hello.md", in: changes)
        try site.write("content/new/deeper/a.md", "new")
        _ = try await waitFor("content/new/deeper/a.md", in: changes)
        try site.write("content/new/deeper/a.md", "edited in a folder made after the watch began")
        _ = try await waitFor("content/new/deeper/a.md", in: changes)
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("content/hello.md"))
        _ = try await waitFor("content/hello.md", in: changes)
        try site.write("stele.yml", "title: Changed\n")
        _ = try await waitFor("stele.yml", in: changes)
        try site.write("static/site.css", "body {}")
        _ = try await waitFor("static/site.css", in: changes)
    }

    @Test("a file is being written from its first write or creation until it is closed, moved or removed")
    func openWrites() {
        var writes = OpenWrites()
        writes.note("content/a.md", mask: UInt32(IN_MODIFY))
        writes.note("content/b.md", mask: UInt32(IN_CREATE))
        writes.note("content/c.md", mask: UInt32(IN_MOVED_TO))
        writes.note("content/new", mask: UInt32(IN_CREATE) | UInt32(IN_ISDIR))
        writes.note("content/a.md", mask: UInt32(IN_CLOSE_WRITE))
        #expect(!writes.isEmpty, "b.md was created and not yet closed")
        writes.note("content/b.md", mask: UInt32(IN_ATTRIB))
        #expect(!writes.isEmpty, "a change of mode ends no write")
        writes.note("content/b.md", mask: UInt32(IN_DELETE))
        #expect(writes.isEmpty)
        writes.note("content/d.md", mask: UInt32(IN_MODIFY))
        writes.removeAll()
        #expect(writes.isEmpty)
    }

    @Test("a file still open for writing is reported after the longer wait")
    func fileHeldOpen() async throws {
        let site = try TemporarySite.make()
        defer { site.remove() }
        let watcher = try #require(InotifyWatcher(siteDirectory: site.url, debounce: .milliseconds(50),
                                                  settle: .milliseconds(5)))
        let changes = watcher.changes()
        let url = site.url.appendingPathComponent("content/open.md")
        FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("half".utf8))
        _ = try await waitFor("content/open.md", in: changes)
    }

    @Test("an editor's save by rename is seen, its scratch files are not")
    func saveByRename() async throws {
        let site = try TemporarySite.make()
        defer { site.remove() }
        let watcher = try #require(InotifyWatcher(siteDirectory: site.url, debounce: .milliseconds(50)))
        let changes = watcher.changes()
        try site.write("content/.hello.md.swp", "scratch")
        try site.write("content/hello.md~", "backup")
        let temporary = site.url.appendingPathComponent("content/.hello.md.tmp")
        try Data("saved".utf8).write(to: temporary)
        _ = rename(temporary.path, site.url.appendingPathComponent("content/hello.md").path)
        let batch = try await waitFor("content/hello.md", in: changes)
        #expect(batch.allSatisfy(WatchedPaths.contains))
    }
    #endif

    @Test("polling reports added, changed and removed files")
    func polling() async throws {
        let site = try TemporarySite.make()
        defer { site.remove() }
        let changes = PollingWatcher(root: site.url, interval: .milliseconds(50)).changes()
        try site.write("content/hello.md", "edited, and longer than before")
        _ = try await waitFor("content/hello.md", in: changes)
        try site.write("templates/partials/extra.mustache", "x")
        _ = try await waitFor("templates/partials/extra.mustache", in: changes)
        try FileManager.default.removeItem(at: site.url.appendingPathComponent("templates/partials/extra.mustache"))
        _ = try await waitFor("templates/partials/extra.mustache", in: changes)
    }

    @Test("polling compares stamps: a changed size or time, an added or removed path")
    func pollingDifference() {
        let a = PollingWatcher.Stamp(modified: Date(timeIntervalSince1970: 1), size: 1, inode: 1)
        var b = a
        b.size = 2
        #expect(PollingWatcher.difference(["x": a, "y": a], ["x": b, "z": a]) == ["x", "y", "z"])
        #expect(PollingWatcher.difference(["x": a], ["x": a]).isEmpty)
    }
}
