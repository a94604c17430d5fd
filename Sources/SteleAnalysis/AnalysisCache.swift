import Foundation
import SteleMarkdown

/// Keeps each article's own analysis (`ArticleAnalysis`) between builds of one process, so that
/// `stele serve` re-analyses only the articles an edit changed: cutting words, finding names, figures
/// and dates is most of a build's work, and an edit touches one article.
///
/// An entry is reused only for an equal page (frontmatter, body, rendered text, path) cut with equal word
/// sources; anything else is analysed afresh. Entries of pages that are gone are dropped after each build.
///
/// With a `store`, entries also live on disk between processes (`stele build` uses the site's
/// `.stele-cache/`); the store is read only for what memory lacks.
public final class AnalysisCache: @unchecked Sendable {
    private struct Entry {
        var page: RenderedPage
        var wordSources: String
        var analysis: ArticleAnalysis
    }

    // Guarded by `lock`: the pages of one build are analysed on all cores at once.
    private var entries: [String: Entry] = [:]
    private var used: Set<String> = []
    /// The store's files this build used, so that the others can be pruned.
    private var usedFiles: Set<String> = []
    private let lock = NSLock()
    private let store: AnalysisStore?
    /// Whether entries are kept in memory for this process's next build.
    private let remembers: Bool

    /// `remembers`: keep each analysis in memory for the next build of this process (`stele serve`).
    /// A process that builds once (`stele build`) passes false with a store: held until the process
    /// ends, every article's analysis would outlive the corpus merge that is its only reader (a tenth
    /// of the peak memory of 10,000 articles).
    public init(store: AnalysisStore? = nil, remembers: Bool = true) {
        self.store = store
        self.remembers = remembers
    }

    /// How many articles the last build took from the cache, and how many it analysed.
    public private(set) var lastBuild = (reused: 0, analysed: 0)

    /// The analysis of `page` as the `articleIndex`-th article, from the cache when `page` is unchanged,
    /// else made by `analyse` and kept.
    func analysis(of page: RenderedPage, articleIndex: Int, wordSources: String,
                  analyse: () -> ArticleAnalysis) -> ArticleAnalysis {
        let key = store.map { _ in AnalysisStore.key(of: page, wordSources: wordSources) }
        let cached = lock.withLock { () -> ArticleAnalysis? in
            used.insert(page.path)
            if let store, let key { usedFiles.insert(store.file(for: key).lastPathComponent) }
            guard let entry = entries[page.path], entry.wordSources == wordSources, entry.page == page else { return nil }
            lastBuild.reused += 1
            return entry.analysis
        }
        if let cached { return cached.renumbered(to: articleIndex) }
        let stored = store.flatMap { store in key.flatMap(store.load) }
        let analysis = stored?.renumbered(to: articleIndex) ?? analyse()
        if stored == nil, let store, let key { store.save(analysis, for: key) }
        lock.withLock {
            if remembers { entries[page.path] = Entry(page: page, wordSources: wordSources, analysis: analysis) }
            if stored == nil { lastBuild.analysed += 1 } else { lastBuild.reused += 1 }
        }
        return analysis
    }

    /// The analysis kept in memory for the page at `path`, cut with `wordSources`: after a build, the
    /// analysis of the article as that build had it, which `stele serve` takes out of the corpus's
    /// tables when the article is edited. Nil when none is kept.
    public func keptAnalysis(ofPath path: String, wordSources: String) -> ArticleAnalysis? {
        lock.withLock {
            guard let entry = entries[path], entry.wordSources == wordSources else { return nil }
            return entry.analysis
        }
    }

    /// Begins a build: counts from zero.
    func beginBuild() {
        lock.withLock {
            used = []
            usedFiles = []
            lastBuild = (0, 0)
        }
    }

    /// Ends a build: forgets the pages it did not have, in memory and in the store.
    func endBuild() {
        let keep = lock.withLock {
            entries = entries.filter { used.contains($0.key) }
            return usedFiles
        }
        store?.prune(keeping: keep)
    }
}
