import SteleMarkdown
import SteleText

/// Writes `sitemap.xml` (sitemaps.org protocol 0.9): one `<url>` per page, `<lastmod>` from its date.
///
/// Sitemap locations must be absolute URLs, so like the feed it is only written when `baseURL`
/// names a host. A sitemap may list at most 50,000 URLs: a larger site (an archive of 30,000 articles
/// has as many timeline pages) gets `sitemap-1.xml`, `sitemap-2.xml`… of 50,000 pages each, in path
/// order, and `sitemap.xml` is their index, which is what robots.txt names.
struct SitemapWriter {
    package static let path = "sitemap.xml"
    /// The protocol's most URLs in one sitemap (and in one index).
    package static let urlLimit = 50_000

    package var urls: URLBuilder
    /// How many pages one sitemap lists: `urlLimit`, but for tests.
    package let pagesPerFile: Int

    package init(urls: URLBuilder, pagesPerFile: Int = Self.urlLimit) {
        self.urls = urls
        self.pagesPerFile = max(1, pagesPerFile)
    }

    /// One page of the sitemap: its site-relative folder and, when known, its date.
    package struct Entry {
        package var path: String
        var lastModified: PageDate?
    }

    /// `sitemap.xml` listing `entries`, or the index and the sitemaps it names; nothing when the base
    /// URL names no host.
    package func files(for entries: [Entry]) -> [OutputFile] {
        guard FeedWriter.isWritten(for: urls) else { return [] }
        let sorted = entries.sorted(by: { $0.path < $1.path })
        guard sorted.count > pagesPerFile else { return [Self.sitemap(sorted, at: Self.path, urls: urls)] }
        let parts = stride(from: 0, to: sorted.count, by: pagesPerFile).enumerated().map { number, start in
            Self.sitemap(sorted[start..<min(start + pagesPerFile, sorted.count)], at: "sitemap-\(number + 1).xml",
                         urls: urls)
        }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for part in parts {
            xml += "  <sitemap><loc>\(XMLText.escape(urls.permalink(part.path)))</loc></sitemap>\n"
        }
        xml += "</sitemapindex>\n"
        return [OutputFile(path: Self.path, text: xml)] + parts
    }

    private static func sitemap(_ entries: some Collection<Entry>, at path: String, urls: URLBuilder) -> OutputFile {
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for entry in entries {
            xml += "  <url><loc>\(XMLText.escape(urls.permalink(entry.path)))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.iso)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: path, text: xml)
    }

    /// The sitemap's pages among the files at `paths`: every HTML page but the 404 page and the search
    /// page, which are not pages a search engine should list. Articles carry their date.
    package static func entries(paths: [String], articles: [RenderedPage]) -> [Entry] {
        let dates = Dictionary(articles.map { ($0.path, $0.page.frontmatter.date) }, uniquingKeysWith: { first, _ in first })
        return paths.compactMap { path -> Entry? in
            guard path.hasSuffix("index.html"), path != SearchPage.path + "index.html" else { return nil }
            let folder = String(path.dropLast("index.html".count))
            guard folder.isEmpty || folder.hasSuffix("/") else { return nil }
            return Entry(path: folder, lastModified: dates[folder] ?? nil)
        }
    }
}
