/// Writes `robots.txt`: everything may be crawled; it names the sitemap when there is one.
///
/// Crawlers only read robots.txt at the root of a host, so under a sub-path (`/docs/`) the file is
/// only useful if copied there; Stele writes it anyway so the output folder is complete.
struct RobotsWriter {
    package static let path = "robots.txt"

    package var urls: URLBuilder

    package func file() -> OutputFile {
        var text = "User-agent: *\nDisallow:\n"
        if FeedWriter.isWritten(for: urls) { text += "\nSitemap: \(urls.permalink(SitemapWriter.path))\n" }
        return OutputFile(path: Self.path, text: text)
    }
}
