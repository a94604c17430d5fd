/// A page made from the whole corpus rather than from one content file (the timeline, the statistics).
///
/// Each such page is one type that `SiteBuilder.corpusPages` lists; the builder adds it to the
/// site menu and writes the files it returns.
protocol CorpusPage: Sendable {
    /// Key of the menu title in `ThemeLabels` (`timeline`, `statistics`).
    var labelKey: String { get }
    /// Site-relative folder of the page, ending in `/` (`timeline/`).
    var path: String { get }
    /// The page's files (its HTML and any data such as `timeline.json`), from every rendered article.
    func files(for pages: [RenderedPage], context: PageContext, theme: Theme) throws(BuildError) -> [OutputFile]
    /// Whether the site menu links the page; a page with nothing to show (no tags) stays out of it.
    func isListed(in context: PageContext) -> Bool
}

extension CorpusPage {
    func isListed(in context: PageContext) -> Bool { true }
}
