import Foundation
import SteleAnalysis
import SteleContent
import SteleMarkdown
import StelePages

extension SiteBuilder {
    /// The pages of the edited articles `sources` (content files, site-relative), read and rendered
    /// again against the rest of the site as `previous` built it: what `stele serve` shows at once,
    /// before the whole site is built again. Reading, rendering and analysing one article takes
    /// milliseconds. Its own timeline page comes too. When an edit leaves an article where it was in
    /// the lists (its date and tags as they were), the pages that list it come as well: its index page,
    /// its page of each of its tags, the articles before and after it, which link to it by title, and
    /// the feed, with its entry made again (when the last build kept the feed's parts, `feedMemo`).
    /// So do the timeline's pages that show what the edit changed in its events, if it changed any: the
    /// overview (or the one page of a small site), the decade pages of their years, the year pages where
    /// one of its events was added, changed or dropped. The search index takes the edit into the last
    /// build's index (its manifest, term shards and the articles' fragments), and the statistics page
    /// into the corpus's word tables the last build kept (`wordTallyMemo`). stats.json comes with the
    /// full build, which also settles what this leaves provisional (see `SiteContext.replaceArticle`
    /// and `TimelinePage.outputs(for:listing:years:)`). After several edits at once, the places of the
    /// earlier ones' events may be a few off: the full build mends it.
    ///
    /// Nil when any of them is not simply an edit of a published article at the same address — new,
    /// gone, now a draft, moved to another slug — or cannot be read or rendered: those wait for the full
    /// build, which reports their errors.
    ///
    /// The edits go into `previous`'s context in place, which is then the site with them: a copy of it
    /// (every article and every event of the site) took a fifth of the step at 10,000 articles.
    public func editedArticlePages(_ sources: [String], after previous: inout BuiltSite) async -> [OutputFile]? {
        // Nothing here walks every page of the site, and the corpus's events only to merge the edit's:
        // on 10,000 articles, that is what would take the time.
        guard !sources.isEmpty, previous.context != nil, let theme = previous.theme, let links = previous.links
        else { return nil }
        // Taken out, so that no other holder makes a change to it copy it, and put back at the end.
        var context = previous.context.take()!
        defer { previous.context = context }
        var planned: [(page: Page, path: String)] = []
        for source in sources {
            guard let path = links.path(ofSource: source),
                  let page = try? ContentLoader(siteDirectory: siteDirectory).loadPage(source),
                  selectPublished([page]).published.count == 1,
                  RenderedPage.isSafe(slug: page.slug), RenderedPage.path(forSlug: page.slug) == path
            else { return nil }
            planned.append((page, path))
        }
        // The articles' positions and timeline events, and those whose lists show them where they were.
        var edited: [(position: Int, events: [TimelineEvent])] = []
        var listed: [Int] = []
        // Where their changed events stand and stood in the timeline, and their years: the timeline's
        // pages the edits changed (see `TimelinePage.outputs(for:listing:years:)`).
        var changes: [(place: Int, year: Int)] = []
        // The corpus's word tables as the last build counted them, if it kept them: the edits are
        // counted into them for the statistics page, and they are kept again for the next edit. (A
        // step that gives up leaves none: the full build after it keeps its own.)
        var tally = wordTallyMemo?.take()
        for rendered in await renderMarkdown(planned, config: previous.config, links: links) {
            guard let position = context.position(of: rendered.path),
                  let events = analyse(rendered, at: position, in: &context, counting: &tally)
            else { return nil }
            if Self.staysInLists(context.pages[position].page, rendered.page) { listed.append(position) }
            changes += context.replaceArticle(rendered, at: position, events: events)
            edited.append((position, TimelineExtractor.sorted(events)))
        }
        wordTallyMemo?.keep(tally)
        if let tally { Self.recount(tally.words, eventsChanged: !changes.isEmpty, in: &context) }
        // Made with every edit in place, so that a page listing two edited articles shows both; a page
        // that two of them share is made once.
        var outputs: [PageOutput] = []
        var paths: Set<String> = []
        func add(_ made: [PageOutput]) {
            for output in made where paths.insert(output.path).inserted { outputs.append(output) }
        }
        for (position, events) in edited {
            let article = context.pages[position]
            add([ArticlePages().output(for: article, in: context)])
            add(TimelinePage().outputs(for: context, article: article, events: events))
        }
        add(TimelinePage().outputs(for: context, listing: Set(changes.map(\.place)), years: Set(changes.map(\.year))))
        add(SearchPage().outputs(for: context, replacingArticlesAt: edited.map(\.position)))
        if tally != nil { add([StatisticsPage().pageOutput(for: context)]) }
        // The feed lists every article newest first: an edit that keeps the dates keeps its order.
        add(FeedFile().outputs(for: context, replacingArticlesAt: listed))
        for position in listed {
            add([position - 1, position + 1].filter { context.pages.indices.contains($0) }
                .map { ArticlePages().output(for: context.pages[$0], in: context) })
            add([IndexPages().output(for: context, listingArticleAt: position)])
            add(TagPages().outputs(for: context, listingArticleAt: position))
        }
        return try? await PageRenderer(theme: theme).files(for: outputs)
    }

    /// The events of `rendered`, the edited article at `position` of `context`; nil when its frontmatter
    /// gives none that the timeline can use. With the corpus's word tables (`tally`), the article is
    /// analysed whole (the full build then takes that from the cache): its old analysis is taken out
    /// of the tables and the statistics, the new one put in. The tables are dropped when the article's
    /// old analysis is not in the cache: the statistics then wait for the full build.
    private func analyse(_ rendered: RenderedPage, at position: Int, in context: inout SiteContext,
                         counting tally: inout WordTally?) -> [TimelineEvent]? {
        guard let sources = tally?.sources else {
            return try? TimelineExtractor().events(in: rendered, articleIndex: position)
        }
        let before = context.pages[position]
        // Asked first: the new analysis takes its place in the cache.
        let old = analysisCache?.keptAnalysis(ofPath: before.path, wordSources: sources.identity)
        let analysis = ArticleAnalysis.analyse(rendered, articleIndex: position, sources: sources, cache: analysisCache)
        if let old {
            tally?.words.replace(old.words, frontmatter: before.page.frontmatter,
                                 with: analysis.words, frontmatter: rendered.page.frontmatter, at: position)
            context.analysis.statistics.replaceArticle(at: position, with: analysis)
        } else {
            tally = nil
        }
        return try? analysis.events.get()
    }

    /// The statistics' words and their decades of events, after each edit was counted in (`analyse`).
    private static func recount(_ words: CorpusWords, eventsChanged: Bool, in context: inout SiteContext) {
        context.analysis.statistics.words = words.statistics()
        if eventsChanged {
            context.analysis.statistics.decades = DecadeCount.histogram(years: context.analysis.events.map(\.start.year))
        }
    }

    /// Whether an article edited from `before` to `after` keeps its place in the index and its tags'
    /// pages: lists are ordered by date, and tag pages made from the tags.
    private static func staysInLists(_ before: Page, _ after: Page) -> Bool {
        before.frontmatter.date == after.frontmatter.date && before.frontmatter.tags == after.frontmatter.tags
    }
}
