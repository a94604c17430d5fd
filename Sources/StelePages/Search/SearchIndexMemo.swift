import SteleSupport

/// The search index of the last build, kept for `stele serve`: after an edit, the articles' documents
/// are put into it (`SearchPage.outputs(for:replacingArticlesAt:)`) rather than the index being made
/// again from every article, which takes a second at 10,000 articles.
public typealias SearchIndexMemo = Memo<SearchIndex>
