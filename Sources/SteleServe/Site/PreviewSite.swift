import CMemory
import Foundation
import SteleAnalysis
import SteleContent
import StelePages
import SteleSupport
import SteleSite

/// The site being previewed: builds it in memory, holds the snapshot requests are answered from,
/// and tells open pages (the event subscribers) what changed.
///
/// Rebuilds are started one at a time by the watcher; requests keep reading the previous snapshot
/// while a build runs (the actor is reentrant across the build's `await`).
actor PreviewSite {
    private(set) var builder: SiteBuilder
    /// Also write each good build here (`--output`); the preview itself is always served from memory.
    let output: OutputDirectory?

    private(set) var snapshot: SiteSnapshot
    /// Files of the last good build, served again (with the overlay) while a rebuild fails.
    private var lastGood: GoodFiles?
    /// The last good build, which an edited article's page is rendered against before the full rebuild.
    private var lastSite: BuiltSite?
    private var generation = 0
    /// Distinguishes this process's versions from an earlier server's, so pages notice a restart.
    private let instance = String(UInt32.random(in: .min ... .max), radix: 16)
    private var subscribers: [Int: AsyncStream<ReloadEvent>.Continuation] = [:]
    private var nextSubscriber = 0

    init(siteDirectory: URL, output: OutputDirectory? = nil) {
        // Served at the root: every link inside the site is host-relative, and works on whatever address
        // the browser uses. Until `serve(at:)` names the server's address, there are no absolute URLs.
        var builder = SiteBuilder(siteDirectory: siteDirectory, baseURLOverride: "/")
        // An edit changes an article or two: the others keep their analysis from the build before, and
        // the first build reads what `stele build` stored.
        builder.keepAnalysis(onDisk: true)
        // And only the pages whose views it changed are rendered again; a template edit renders them all.
        builder.renderMemo = RenderMemo()
        // And only the content files that changed are read and rendered again.
        builder.contentMemo = ContentMemo()
        builder.markdownMemo = MarkdownMemo()
        // And an edit goes into the last build's search index at once, rather than waiting for a new one.
        builder.searchIndexMemo = SearchIndexMemo()
        // And into the corpus's word tables, for the statistics page.
        builder.wordTallyMemo = WordTallyMemo()
        // And into the feed's entries.
        builder.feedMemo = FeedMemo()
        self.builder = builder
        self.output = output
        self.snapshot = SiteSnapshot(firstBuildError: "The site has not been built yet.", version: "\(instance)-0")
    }

    /// Builds from now on with `url`, the address the server listens on (`http://127.0.0.1:8000/`), as
    /// the base URL: the feed, the sitemap and the permalinks (`<link rel="canonical">`) are absolute
    /// URLs of the preview, as `stele build` makes them with the site's base URL. Links inside the site
    /// stay host-relative, since a base URL's path (`/`) is all they use.
    func serve(at url: String) {
        builder.baseURLOverride = url
    }

    /// What a rebuild did, for the server's log.
    enum Outcome: Sendable {
        /// `edited`: how many pages (the edited articles' and those listing them) were served before the
        /// full build, and how long they took.
        case built(pages: Int, files: Int, edited: (pages: Int, duration: Duration)? = nil)
        case refreshedStatic(files: Int)
        /// `keptLastGood`: an earlier build is still served; false when no build has succeeded yet.
        case failed(BuildError, keptLastGood: Bool)
    }

    /// Builds what `changes` affect (everything when nil, or when the last build failed) and tells open pages.
    ///
    /// An edit to articles alone first serves their own pages and the pages listing them, rendered
    /// against the last build (`SiteBuilder.editedArticlePages`), and tells the pages showing them; then the whole site is
    /// built, and only the pages whose bytes that changed are told to reload.
    @discardableResult
    func rebuild(after changes: ChangeSet? = nil) async -> Outcome {
        defer { Self.returnFreedMemory() }
        let wasFailing = snapshot.error != nil
        // What the watcher names is read again even if its stamp looks the same (a coarse clock).
        if let changes { builder.contentMemo?.forget(changes.paths) }
        var edited: (pages: Int, duration: Duration)?
        if let sources = changes?.contentFiles, !wasFailing, lastSite != nil, lastGood != nil {
            let clock = ContinuousClock()
            let start = clock.now
            // Handed over, so that the edit goes into its context in place; it comes back with the edit.
            var site = lastSite.take()!
            let pages = await builder.editedArticlePages(sources, after: &site)
            lastSite = site
            if let pages {
                show(pages)
                edited = (pages.count, clock.now - start)
            }
        }
        let result: Result<(files: [OutputFile], outcome: Outcome), BuildError>
        if let changes, changes.isStaticOnly, !wasFailing, let lastGood {
            result = refreshStatic(in: lastGood.files)
        } else {
            result = await buildAll(edited: edited)
        }
        switch result {
        case let .success((files, outcome)):
            let changed = wasFailing ? nil : lastGood?.changedPaths(in: files)
            lastGood = GoodFiles(files)
            if changed?.isEmpty == true { return outcome }
            // Without a good build before, nothing is known unchanged: every file is prepared again.
            publish(SiteSnapshot(built: files, error: nil, version: nextVersion(),
                                 previous: changed == nil ? nil : snapshot, changed: changed ?? []))
            let cssOnly = changes?.isStylesheetOnly == true && !wasFailing
            // A static file (a script, an image) may be used by any page: all of them reload.
            let pagesToReload = changed?.contains { $0.hasPrefix("static/") } == true ? nil : changed
            broadcast(ReloadEvent(kind: cssOnly ? .css : .reload, version: snapshot.version,
                                  data: cssOnly ? "" : ReloadEvent.pathList(pagesToReload)))
            return outcome
        case let .failure(error):
            let version = nextVersion()
            let message = error.problems.map(\.description).joined(separator: "\n")
            publish(lastGood.map { SiteSnapshot(built: $0.files, error: message, version: version) }
                ?? SiteSnapshot(firstBuildError: message, version: version))
            broadcast(ReloadEvent(kind: .buildError, version: version, data: message))
            return .failed(error, keptLastGood: lastGood != nil)
        }
    }

    private func buildAll(edited: (pages: Int, duration: Duration)?)
        async -> Result<(files: [OutputFile], outcome: Outcome), BuildError>
    {
        do throws(BuildError) {
            var site = try await builder.build()
            try writeOutput(site.files)
            let files = site.files
            let outcome = Outcome.built(pages: site.pages.count, files: files.count, edited: edited)
            // The files live on as the last good build's, the pages in the site's context; held here
            // too, the first edit to change one of them in place (`show`, `editedArticlePages`) would
            // copy all of them.
            site.files = []
            site.pages = []
            lastSite = site
            return .success((files, outcome))
        } catch {
            return .failure(error)
        }
    }

    /// Sorts out the memory a build freed, and gives the system back what it can, while nothing waits:
    /// a build frees millions of small blocks, and glibc sorts its lists of free blocks at the next
    /// allocation that misses them, which was the first 20 ms of the next edit's quick step at 10,000
    /// articles. This also keeps the server's resident memory near what its last build holds.
    private static func returnFreedMemory() {
        stele_return_freed_memory()
    }

    /// Serves `pages` (edited articles' pages) in place of theirs and tells the open pages showing them;
    /// a page whose bytes are those already served changes nothing and reloads nothing.
    private func show(_ pages: [OutputFile]) {
        // The last good build's files are changed in place, not copied (31,923 of them).
        guard let changed = lastGood?.put(pages), !changed.isEmpty else { return }
        snapshot.replace(changed, version: nextVersion())
        broadcast(ReloadEvent(kind: .reload, version: snapshot.version, data: ReloadEvent.pathList(changed.map(\.path))))
    }

    /// Reads the static files again and puts them in place of the old ones; pages are kept.
    private func refreshStatic(in files: [OutputFile]) -> Result<(files: [OutputFile], outcome: Outcome), BuildError> {
        do throws(BuildError) {
            let statics = try builder.buildStaticFiles()
            let refreshed = files.filter { !$0.path.hasPrefix("static/") } + statics
            try writeOutput(refreshed)
            return .success((refreshed, .refreshedStatic(files: statics.count)))
        } catch {
            return .failure(error)
        }
    }

    /// Writes a good build to `--output`, when given.
    private func writeOutput(_ files: [OutputFile]) throws(BuildError) {
        guard let output else { return }
        do {
            try output.replace(with: files)
        } catch {
            throw .output(error)
        }
    }

    private func nextVersion() -> String {
        generation += 1
        return "\(instance)-\(generation)"
    }

    private func publish(_ snapshot: SiteSnapshot) {
        self.snapshot = snapshot
    }

    // MARK: Events

    /// A stream of the events from now on, and the `hello` event that opens it (the current version).
    func subscribe() -> (hello: ReloadEvent, events: AsyncStream<ReloadEvent>) {
        let (stream, continuation) = AsyncStream.makeStream(of: ReloadEvent.self, bufferingPolicy: .bufferingNewest(16))
        let id = nextSubscriber
        nextSubscriber += 1
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in
            Task { await self?.unsubscribe(id) }
        }
        return (ReloadEvent(kind: .hello, version: snapshot.version), stream)
    }

    /// Number of open event streams (pages listening).
    var subscriberCount: Int { subscribers.count }

    private func unsubscribe(_ id: Int) {
        subscribers[id] = nil
    }

    private func broadcast(_ event: ReloadEvent) {
        for continuation in subscribers.values { continuation.yield(event) }
    }

    /// Ends every event stream, so that open connections close and the server can stop.
    func closeEvents() {
        for continuation in subscribers.values { continuation.finish() }
        subscribers = [:]
    }
}
