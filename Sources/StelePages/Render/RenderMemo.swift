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
/// non-mutating and the memo lives beside the builder across rebuilds. The mutex is taken twice a build
/// (to read the pages before, to keep the new ones), never per page. Every entry is true on its own
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
        var theme: String?
        var entries: [String: Entry] = [:]
        var lastBuild = Report()
    }

    private let state = Mutex(State())

    public init() {}

    /// What the last build rendered and reused.
    public var lastBuild: Report { state.withLock { $0.lastBuild } }

    /// The pages of the last build, when they were rendered with the theme of `identity`; none otherwise.
    func entries(renderedWith identity: String) -> [String: Entry] {
        state.withLock { $0.theme == identity ? $0.entries : [:] }
    }

    /// Keeps `entries` (this build's pages, and only them) in place of the last build's.
    func keep(_ entries: [String: Entry], renderedWith identity: String, report: Report) {
        state.withLock { $0 = State(theme: identity, entries: entries, lastBuild: report) }
    }
}
