import SteleAnalysis
import SteleContent
import SteleMarkdown
import SteleSupport

/// Writes `feed.xml`, an Atom 1.0 feed (RFC 4287) of the articles, newest first.
///
/// Atom ids and links must be absolute, so the feed is only written when `baseURL` names a host
/// (`https://example.org/docs/`); a site with a bare path as base URL gets no feed.
struct FeedWriter {
    package static let path = "feed.xml"

    /// Whether a site with these URLs gets a feed.
    static func isWritten(for urls: URLBuilder) -> Bool { urls.baseURL != nil }

    package var config: SiteConfig
    package var urls: URLBuilder
    /// Each article's summary by path (`SummaryChooser`).
    package var summaries: [String: String] = [:]

    /// The feed of `pages` (already newest first), or nil when the base URL has no host; written an
    /// entry at a time, since at 10,000 articles it is 6 MB and it grows with the site. With `memo`,
    /// the feed's parts are kept there too (`FeedParts`), for an edit to be put into.
    package func streamed(for pages: [RenderedPage], keepingIn memo: FeedMemo? = nil) -> StreamedFile? {
        guard Self.isWritten(for: urls) else { return nil }
        if let memo {
            let parts = self.parts(of: pages)
            memo.keep(parts)
            return StreamedFile(path: Self.path) { consume in parts.write(to: consume) }
        }
        return StreamedFile(path: Self.path) { consume in
            let updated = Self.updated(pages)
            FeedParts.write(head: head(updated: updated), entries: pages.lazy.map { entry($0, fallbackDate: updated) },
                            to: consume)
        }
    }

    /// The feed's parts: its head, each article's entry, in the order of `pages`.
    private func parts(of pages: [RenderedPage]) -> FeedParts {
        let updated = Self.updated(pages)
        return FeedParts(head: head(updated: updated), updated: updated,
                         entries: pages.map { entry($0, fallbackDate: updated) })
    }

    /// The feed after the articles at `positions` of `pages` were edited, their dates as they were:
    /// the kept parts with those articles' entries made again, which `stele serve` shows at once (the
    /// whole feed takes a tenth of a second at 10,000 articles). Nil without kept parts of these pages.
    package func streamed(replacingEntriesAt positions: [Int], of pages: [RenderedPage], in memo: FeedMemo) -> StreamedFile? {
        guard Self.isWritten(for: urls), var parts = memo.take() else { return nil }
        defer { memo.keep(parts) }
        guard parts.entries.count == pages.count else { return nil }
        for position in positions { parts.entries[position] = entry(pages[position], fallbackDate: parts.updated) }
        return StreamedFile(path: Self.path) { [parts] consume in parts.write(to: consume) }
    }

    /// The newest article's date, never the clock: the same content gives the same feed.
    private static func updated(_ pages: [RenderedPage]) -> String {
        pages.compactMap { $0.page.frontmatter.date.map(Timestamp.init) }.max()?.rfc3339 ?? "1970-01-01T00:00:00Z"
    }

    private func head(updated: String) -> String {
        let e = XMLText.escape
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(e(config.language))">
              <id>\(e(urls.permalink("")))</id>
              <title>\(e(config.title))</title>

            """
        if !config.description.isEmpty { xml += "  <subtitle>\(e(config.description))</subtitle>\n" }
        xml += """
              <updated>\(updated)</updated>
              <link rel="self" type="application/atom+xml" href="\(e(urls.permalink(Self.path)))"/>
              <link rel="alternate" type="text/html" href="\(e(urls.permalink("")))"/>
              <author><name>\(e(feedAuthor))</name></author>
              <generator>Stele</generator>

            """
        return xml
    }

    /// `author` from stele.yml, else the site title: Atom wants an author for every entry, and
    /// articles without `authors:` take the feed's.
    var feedAuthor: String {
        if case let .string(author)? = config.params.first(where: { $0.key == "author" })?.value, !author.isEmpty {
            return author
        }
        return config.title
    }

    private func entry(_ page: RenderedPage, fallbackDate: String) -> String {
        let e = XMLText.escape
        let frontmatter = page.page.frontmatter
        let link = urls.permalink(page.path)
        let date = frontmatter.date.map { Timestamp($0).rfc3339 }
        var xml = """
              <entry>
                <id>\(e(link))</id>
                <title>\(e(page.title))</title>
                <link rel="alternate" type="text/html" href="\(e(link))"/>

            """
        if let date { xml += "    <published>\(date)</published>\n" }
        xml += "    <updated>\(date ?? fallbackDate)</updated>\n"
        for author in frontmatter.authors where !author.isEmpty {
            xml += "    <author><name>\(e(author))</name></author>\n"
        }
        // Categories name the tags; their scheme is the tag index, where each has its page.
        for name in TagIndex.names(of: page) {
            xml += "    <category term=\"\(e(name))\" scheme=\"\(e(urls.permalink(TagPages.folder)))\"/>\n"
        }
        if let summary = summaries[page.path], !summary.isEmpty { xml += "    <summary>\(e(summary))</summary>\n" }
        xml += "  </entry>\n"
        return xml
    }
}

/// The feed as its parts: what a build keeps for `stele serve` to put an edited article's entry into.
public struct FeedParts: Sendable {
    static let tail = "</feed>\n"

    var head: String
    /// The date of the feed's `<updated>`, which entries without a date take too.
    var updated: String
    /// Each article's `<entry>`, newest first.
    var entries: [String]

    func write(to consume: (UnsafeRawBufferPointer) -> Void) {
        Self.write(head: head, entries: entries, to: consume)
    }

    /// A feed's bytes: `head`, each entry in turn (made as it is written, when it is not kept), the end.
    static func write(head: String, entries: some Sequence<String>, to consume: (UnsafeRawBufferPointer) -> Void) {
        ChunkedOutput.write(to: consume) { output in
            output += head
            for entry in entries { output += entry }
            output += tail
        }
    }
}

/// Where a build keeps its feed's parts (`SiteContext.feedMemo`), for `stele serve`.
public typealias FeedMemo = Memo<FeedParts>
