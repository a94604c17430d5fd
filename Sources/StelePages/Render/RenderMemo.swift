import Synchronization

/// The pages one build rendered, kept for the next build of the same process (`stele serve`), so that a
/// rebuild renders only the pages whose views an edit changed: an edit to one article changes its own
/// page and a few lists, and Mustache would otherwise render all 10,000 again.
///
/// A page is reused when its path was rendered before from a view of equal `ViewDigest` with a theme of
/// equal `Theme.identity`; a page without a digest is always rendered. Pages gone from the site are
/// forgotten after each build. Keeping the files costs little: they share their bytes with the built site.
///
/// A class, like `AnalysisCache`, rather than a value passed in and out: `SiteBuilder.build()` stays
/// non-mutating and the memo lives beside the builder across rebuilds. The mutex is taken twice per
/// batch of pages (to read the pages before, to keep the new ones), never per page; a build's batches
/// are gathered until `finishBuild()`. Every entry is true on its own
/// (a view and a theme render to one page), so two builds racing could cost a page a render, never
/// make one stale.
public final class RenderMemo: Sendable {
    /// A page as it was rendered, by its output path.
    struct Entry: Sendable {
        var digest: ViewDigest
        var file: OutputFile
    }

    /// What a build did with its pages.
    public struct Report: Sendable, Equatable {
        /// The paths of the pages rendered through Mustache.
        public var rendered: Set<String> = []
        /// How many pages were taken from the memo.
        public var reused = 0
    }

    private struct State: Sendable {
        /// The last finished build's pages and the theme they were rendered with.
        var theme: String?
        var entries: [String: Entry] = [:]
        var lastBuild = Report()
        /// The pages of the build under way, kept batch by batch until it finishes.
        var building: [String: Entry] = [:]
        var buildingTheme: String?
        var report = Report()
    }

    private let state = Mutex(State())

    public init() {}

    /// What the last build rendered and reused.
    public var lastBuild: Report { state.withLock { $0.lastBuild } }

    /// Starts a build: the pages a build that failed left half kept are dropped.
    public func startBuild() {
        state.withLock { state in
            state.building = [:]
            state.buildingTheme = nil
            state.report = Report()
        }
    }

    /// Makes the pages kept since `startBuild()` (this build's, and only them) the ones the next build reuses.
    public func finishBuild() {
        state.withLock { state in
            state.theme = state.buildingTheme
            state.entries = state.building
            state.lastBuild = state.report
            state.building = [:]
            state.buildingTheme = nil
            state.report = Report()
        }
    }

    /// The pages of the last build, when they were rendered with the theme of `identity`; none otherwise.
    func entries(renderedWith identity: String) -> [String: Entry] {
        state.withLock { $0.theme == identity ? $0.entries : [:] }
    }

    /// Keeps `entries`, a batch of this build's pages, for the next build.
    func keep(_ entries: [String: Entry], renderedWith identity: String, report: Report) {
        state.withLock { state in
            state.building.merge(entries) { $1 }
            state.buildingTheme = identity
            state.report.rendered.formUnion(report.rendered)
            state.report.reused += report.reused
        }
    }
}
