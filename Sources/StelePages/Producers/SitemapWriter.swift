import SteleMarkdown
import SteleText

/// Writes `sitemap.xml` (sitemaps.org protocol 0.9): one `<url>` per page, `<lastmod>` from its date.
///
/// Sitemap locations must be absolute URLs, so like the feed it is only written when `baseURL`
/// names a host.
struct SitemapWriter {
    package static let path = "sitemap.xml"

    package var urls: URLBuilder

    /// One page of the sitemap: its site-relative folder and, when known, its date.
    package struct Entry {
        package var path: String
        var lastModified: PageDate?
    }

    package func file(for entries: [Entry]) -> OutputFile? {
        guard FeedWriter.isWritten(for: urls) else { return nil }
        var xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        for entry in entries.sorted(by: { $0.path < $1.path }) {
            xml += "  <url><loc>\(XMLText.escape(urls.permalink(entry.path)))</loc>"
            if let date = entry.lastModified { xml += "<lastmod>\(date.iso)</lastmod>" }
            xml += "</url>\n"
        }
        xml += "</urlset>\n"
        return OutputFile(path: Self.path, text: xml)
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
