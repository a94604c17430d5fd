/// Makes some of the site's files from its articles and their analysis: the article pages, the index,
/// the 404 page, the tags, the timeline, the statistics, search, the feed, the sitemap, robots.txt.
///
/// A producer returns views (a template, a typed view, a path) and data files; `PageRenderer` renders
/// the views, all producers' at once, so no producer touches Mustache.
public protocol PageProducer: Sendable {
    /// The producer's entry in the site menu, or nil when it is not listed (or has nothing to show).
    func menuEntry(in site: SiteContext) -> MenuLink?
    func output(for site: SiteContext) async throws(TemplateError) -> [PageOutput]
    /// The parts of the articles' rendered Markdown the producer reads (see `ArticleParts`); none by default.
    var readsArticles: ArticleParts { get }
    /// Whether it streams a file that grows with the whole corpus and takes one core a long time to
    /// write (stats.json: every quantity). A build starts such a producer early, so that the stream runs
    /// beside the other producers' pages rather than alone at the end. False by default.
    var streamsLongFile: Bool { get }
}

extension PageProducer {
    public func menuEntry(in site: SiteContext) -> MenuLink? { nil }
    public var readsArticles: ArticleParts { [] }
    public var streamsLongFile: Bool { false }
}

/// A producer's place in the menu: the key of its title in `ThemeLabels` and its folder.
public struct MenuLink: Sendable, Equatable {
    public var labelKey: String
    public var path: String
}

/// One thing a producer makes.
public enum PageOutput: Sendable {
    /// An HTML page at `path` (relative to the output folder): `view` rendered with `template`.
    case page(path: String, template: String, view: any TemplateView)
    /// An HTML page whose view is made only when it is rendered, in its batch: a producer of thousands
    /// of pages (the timeline's, the articles' when their HTML is rendered again) then never holds every
    /// view at once.
    case deferredPage(path: String, template: String, view: @Sendable () throws(TemplateError) -> any TemplateView)
    /// A file written as it is (`robots.txt`, the search index's shards).
    case file(OutputFile)
    /// A file whose bytes are made only when it is written, in its batch: the search index's 10,000
    /// fragments (30 MB) are then never held at once.
    case deferredFile(path: String, make: @Sendable () -> OutputFile)
    /// A file written as its bytes are made (`stats.json`, `timeline.json`, `feed.xml`).
    case stream(StreamedFile)

    public var path: String {
        switch self {
        case let .page(path, _, _), let .deferredPage(path, _, _), let .deferredFile(path, _): path
        case let .file(file): file.path
        case let .stream(file): file.path
        }
    }

    /// The template of a page, nil for a file.
    public var template: String? {
        switch self {
        case let .page(_, template, _), let .deferredPage(_, template, _): template
        case .file, .deferredFile, .stream: nil
        }
    }

    /// The view of a page, made now for a deferred one; nil for a file.
    public func makeView() throws(TemplateError) -> (any TemplateView)? {
        switch self {
        case let .page(_, _, view): view
        case let .deferredPage(_, _, makeView): try makeView()
        case .file, .deferredFile, .stream: nil
        }
    }
}
