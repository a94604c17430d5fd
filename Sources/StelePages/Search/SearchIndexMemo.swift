import Synchronization

/// The search index of the last build, kept for `stele serve`: after an edit, the articles' documents
/// are put into a copy of it (`SearchPage.outputs(for:replacingArticlesAt:)`) rather than the index
/// being made again from every article, which takes a second at 10,000 articles.
public final class SearchIndexMemo: Sendable {
    private let kept = Mutex<SearchIndex?>(nil)

    public init() {}

    func keep(_ index: SearchIndex) {
        kept.withLock { $0 = index }
    }

    var index: SearchIndex? { kept.withLock { $0 } }

    /// The index kept, no longer kept: changed by its only holder, it is changed in place rather than
    /// copied (its tables of every term). Kept again with `keep`.
    func take() -> SearchIndex? {
        kept.withLock { kept in
            defer { kept = nil }
            return kept
        }
    }
}
