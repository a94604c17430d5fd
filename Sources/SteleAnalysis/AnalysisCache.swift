import Foundation
import SteleMarkdown

/// Keeps each article's own analysis (`ArticleAnalysis`) between builds of one process, so that
/// `stele serve` re-analyses only the articles an edit changed: cutting words, finding names, figures
/// and dates is most of a build's work, and an edit touches one article.
///
/// An entry is reused only for an equal page (frontmatter, body, rendered text, path) cut with equal word
/// sources; anything else is analysed afresh. Entries of pages that are gone are dropped after each build.
public final class AnalysisCache: @unchecked Sendable {
    private struct Entry {
        var page: RenderedPage
        var wordSources: String
        var analysis: ArticleAnalysis
    }

    // Guarded by `lock`: the pages of one build are analysed on all cores at once.
    private var entries: [String: Entry] = [:]
    private var used: Set<String> = []
    private let lock = NSLock()

    public init() {}

    /// How many articles the last build took from the cache, and how many it analysed.
    public private(set) var lastBuild = (reused: 0, analysed: 0)

    /// The analysis of `page` as the `articleIndex`-th article, from the cache when `page` is unchanged,
    /// else made by `analyse` and kept.
    func analysis(of page: RenderedPage, articleIndex: Int, wordSources: String,
                  analyse: () -> ArticleAnalysis) -> ArticleAnalysis {
        let cached = lock.withLock { () -> ArticleAnalysis? in
            used.insert(page.path)
            guard let entry = entries[page.path], entry.wordSources == wordSources, entry.page == page else { return nil }
            lastBuild.reused += 1
            return entry.analysis
        }
        if let cached { return cached.renumbered(to: articleIndex) }
        let analysis = analyse()
        lock.withLock {
            entries[page.path] = Entry(page: page, wordSources: wordSources, analysis: analysis)
            lastBuild.analysed += 1
        }
        return analysis
    }

    /// Begins a build: counts from zero.
    func beginBuild() {
        lock.withLock {
            used = []
            lastBuild = (0, 0)
        }
    }

    /// Ends a build: forgets the pages it did not have.
    func endBuild() {
        lock.withLock { entries = entries.filter { used.contains($0.key) } }
    }
}
