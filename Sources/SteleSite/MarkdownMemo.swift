import SteleMarkdown
import StelePages
import Synchronization

/// The rendered Markdown of the builds before, for a process that builds again and again (`stele
/// serve`): a page whose file, address and link targets are unchanged keeps its rendering. cmark and
/// the passes after it were a twentieth of a rebuild of 10,000 articles after an edit to one; and a page
/// kept whole keeps its strings, so comparing it with the analysis cache's copy compares storage, not
/// every paragraph's text.
public final class MarkdownMemo: Sendable {
    /// What a page's rendering depends on besides the page: raw HTML allowed or not, and where links to
    /// other content files lead (every page's address, and which files are unpublished).
    struct Setting: Equatable, Sendable {
        var allowsRawHTML: Bool
        var links: ContentLinkResolver
    }

    private struct State {
        var setting: Setting?
        var pages: [String: RenderedPage] = [:]
        var reused = 0
    }

    private let state = Mutex(State())

    public init() {}

    /// How many pages the last build took from the memo rather than from cmark.
    public var lastReused: Int { state.withLock { $0.reused } }

    /// The pages of the last build by source file, when they were rendered with `setting`; none otherwise.
    func pages(renderedWith setting: Setting) -> [String: RenderedPage] {
        state.withLock { $0.setting == setting ? $0.pages : [:] }
    }

    /// Keeps this build's pages for the next one, `reused` of them taken from the memo; the others are
    /// forgotten.
    func keep(_ pages: [RenderedPage], reused: Int, renderedWith setting: Setting) {
        let bySource = Dictionary(pages.map { ($0.page.source, $0) }) { first, _ in first }
        state.withLock { state in
            state.setting = setting
            state.pages = bySource
            state.reused = reused
        }
    }
}
