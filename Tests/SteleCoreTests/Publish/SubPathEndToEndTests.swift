import Foundation
import Testing
@testable import SteleContent
@testable import SteleSite
@testable import SteleSupport

/// Builds a site to be served under https://example.org/docs/ and follows every link as a browser would,
/// mapping /docs/… to files of the output folder.
@Suite struct SubPathEndToEndTests {
    static let host = "https://example.org"
    static let basePath = "/docs/"

    /// A crawl of an output folder from index.html.
    struct Crawl {
        var visited: Set<String> = []
        var problems: [String] = []
    }

    func crawl(_ output: URL) throws -> Crawl {
        var crawl = Crawl()
        var queue = ["index.html"]
        let attribute = try NSRegularExpression(pattern: #"\s(?:href|src|action)="([^"]*)""#)
        while let path = queue.popLast() {
            guard crawl.visited.insert(path).inserted else { continue }
            let html = try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
            for match in attribute.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                guard let range = Range(match.range(at: 1), in: html) else { continue }
                let value = html[range].replacingOccurrences(of: "&amp;", with: "&")
                guard let (file, fragment) = try locate(value, from: path, in: output, problems: &crawl.problems) else {
                    continue
                }
                if file.hasSuffix(".html") {
                    if let fragment {
                        let target = try String(contentsOf: output.appendingPathComponent(file), encoding: .utf8)
                        if !target.contains(" id=\"\(fragment)\"") { crawl.problems.append("\(path): \(value): no such anchor") }
                    }
                    queue.append(file)
                }
            }
        }
        return crawl
    }

    /// The output file `value` leads to from the page at `path`, and its decoded fragment; nil for other sites.
    func locate(_ value: String, from path: String, in output: URL,
                problems: inout [String]) throws -> (file: String, fragment: String?)? {
        var link = value
        if link.hasPrefix("mailto:") || (link.contains("://") && !link.hasPrefix(Self.host + Self.basePath)) { return nil }
        if link.hasPrefix(Self.host) { link.removeFirst(Self.host.count) }
        var fragment: String?
        if let hash = link.firstIndex(of: "#") {
            fragment = String(link[link.index(after: hash)...]).removingPercentEncoding
            link = String(link[..<hash])
        }
        if let query = link.firstIndex(of: "?") { link = String(link[..<query]) }
        let file: String
        if link.isEmpty {
            file = path
        } else {
            guard link.hasPrefix(Self.basePath) else {
                problems.append("\(path): \(value) does not start with \(Self.basePath)")
                return nil
            }
            let relative = String(link.dropFirst(Self.basePath.count)).removingPercentEncoding ?? ""
            file = relative.isEmpty || relative.hasSuffix("/") ? relative + "index.html" : relative
        }
        guard FileManager.default.fileExists(atPath: output.appendingPathComponent(file).path) else {
            problems.append("\(path): \(value): no file \(file)")
            return nil
        }
        return (file, fragment)
    }

    func buildFixture(into output: URL, now: Date = Fixture.now) async throws {
        let fixture = Fixture.url("Publish/site-under-sub-path")
        try await SiteBuilder(siteDirectory: fixture, now: now)
            .build(into: try OutputDirectory(url: output, siteDirectory: fixture))
    }

    @Test func everyLinkFromTheFrontPageLeadsToAFileAndEveryAnchorToAnId() async throws {
        let scratch = try TemporarySite()
        defer { scratch.remove() }
        try await buildFixture(into: scratch.output)
        let crawl = try crawl(scratch.output)
        #expect(crawl.problems.isEmpty, "\(crawl.problems.joined(separator: "\n"))")
        // Every page is reachable by links; only the 404 page is not linked.
        let pages = try scratch.tree().keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(Set(pages).subtracting(crawl.visited).isEmpty, "unreached: \(Set(pages).subtracting(crawl.visited))")
        #expect(crawl.visited.isSuperset(of: ["page/2/index.html", "page/3/index.html", "tags/index.html",
                                              "tags/dang-jian/index.html", "search/index.html"]))
    }

    /// This repository: its stele.yml, content/ and templates/ are the example site.
    static let exampleSite = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    @Test func theExampleSiteWorksUnderASubPath() async throws {
        let scratch = try TemporarySite()
        defer { scratch.remove() }
        let builder = SiteBuilder(siteDirectory: Self.exampleSite, baseURLOverride: Self.host + Self.basePath,
                                  now: Fixture.now)
        let built = try await builder.build(into: try OutputDirectory(url: scratch.output, siteDirectory: Self.exampleSite))
        let contentFiles = ContentLoader(siteDirectory: Self.exampleSite).contentFiles()
        #expect(built.pages.count + built.unpublished.count == contentFiles.count)
        let crawl = try crawl(scratch.output)
        #expect(crawl.problems.isEmpty, "\(crawl.problems.joined(separator: "\n"))")
        let pages = try scratch.tree().keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }
        #expect(Set(pages).subtracting(crawl.visited).isEmpty, "unreached: \(Set(pages).subtracting(crawl.visited))")
        for page in built.pages { #expect(crawl.visited.contains(page.path + "index.html"), "\(page.path)") }
        let report = LinkChecker(site: built).check()
        #expect(report.passed, "\(report.text)")
    }

    @Test func everyURLInTheFeedAndSitemapIsAFileOfTheSite() async throws {
        let scratch = try TemporarySite()
        defer { scratch.remove() }
        try await buildFixture(into: scratch.output)
        let urlPattern = try NSRegularExpression(pattern: #"(?:href="|<loc>|<id>)(https?://[^"<]*)"#)
        for name in ["feed.xml", "sitemap.xml"] {
            let xml = try scratch.read("output/\(name)")
            let urls = urlPattern.matches(in: xml, range: NSRange(xml.startIndex..., in: xml)).compactMap {
                Range($0.range(at: 1), in: xml).map { String(xml[$0]) }
            }
            #expect(urls.count > 5)
            var problems: [String] = []
            for url in urls {
                #expect(url.hasPrefix(Self.host + Self.basePath), "\(url)")
                _ = try locate(url, from: name, in: scratch.output, problems: &problems)
            }
            #expect(problems.isEmpty, "\(problems)")
        }
    }

    @Test func theSameInputGivesTheSameBytes() async throws {
        let scratch = try TemporarySite()
        defer { scratch.remove() }
        let first = scratch.root.appendingPathComponent("first")
        let second = scratch.root.appendingPathComponent("second")
        try await buildFixture(into: first)
        // Another day (with no page crossing into the past): nothing in the output tells the build time.
        try await buildFixture(into: second, now: Fixture.now.addingTimeInterval(86_400 * 400))
        let a = try scratch.tree(first), b = try scratch.tree(second)
        #expect(a.keys.sorted() == b.keys.sorted())
        for (path, bytes) in a { #expect(b[path] == bytes, "\(path) differs between builds") }
        #expect(a.keys.contains("feed.xml") && a.keys.contains("search/index.json") && a.keys.contains("sitemap.xml"))
    }
}
