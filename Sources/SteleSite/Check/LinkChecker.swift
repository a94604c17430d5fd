import Foundation
import SteleMarkdown
import StelePages
import SteleSupport

/// Checks a site built in memory before it is published: every internal link and `#anchor`, every
/// referenced file (stylesheets, scripts, images), empty titles and files written twice.
///
/// Links written in Markdown are reported at their content file and line; links the templates wrote,
/// at `output/<path>:<line>`. Links to other hosts are not followed: the check needs no network.
public struct LinkChecker: Sendable {
    public var site: BuiltSite
    /// How problems in generated files name them: `output/index.html`.
    public var outputName: String

    public init(site: BuiltSite, outputName: String = "output") {
        self.site = site
        self.outputName = outputName
    }

    public func check() -> CheckReport {
        let urls = URLBuilder(config: site.config)
        var problems: [Diagnostic] = []
        var files: [String: OutputFile] = [:]
        for file in site.files {
            guard files[file.path] == nil else {
                problems.append(Diagnostic(.duplicateURL, file: "\(outputName)/\(file.path)", line: nil,
                                           "two files of the build are written to this path"))
                continue
            }
            files[file.path] = file
        }
        var scans: [String: HTMLScanner.Result] = [:]
        for (path, file) in files where path.hasSuffix(".html") {
            scans[path] = HTMLScanner.scan(String(decoding: file.contents, as: UTF8.self))
        }
        let targets = Targets(files: files, scans: scans, urls: urls)
        let resolver = ContentLinkResolver(pages: site.pages.map { ($0.page.source, $0.path) },
                                           unpublished: site.unpublished, urls: urls)

        // Markdown links, at the content file and line they were written on.
        var fromMarkdown: [String: Set<String>] = [:]
        for page in site.pages {
            let htmlPath = page.path + "index.html"
            for link in page.markdown.links {
                let href = resolver.href(for: link.destination, from: page.page.source) ?? link.destination
                fromMarkdown[htmlPath, default: []].insert(Self.normalized(href))
                let problem = checkMarkdownLink(link, href: href, in: page, resolver: resolver, targets: targets)
                if let (kind, message) = problem {
                    problems.append(Diagnostic(kind, file: page.page.source, line: link.line, message))
                }
            }
            if page.title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append(Diagnostic(.emptyTitle, file: page.page.source, line: page.page.location(ofKey: "title").line ?? 1,
                                           "the page has no title; give it one with `title:`"))
            }
        }

        // Everything else in the generated HTML and CSS.
        for (path, scan) in scans.sorted(by: { $0.key < $1.key }) {
            let file = "\(outputName)/\(path)"
            if (scan.title ?? "").trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                problems.append(Diagnostic(.emptyTitle, file: file, line: scan.title == nil ? nil : scan.titleLine,
                                           scan.title == nil ? "the page has no <title>" : "the page's <title> is empty"))
            }
            let markdownLinks = fromMarkdown[path] ?? []
            for reference in scan.references {
                let values = reference.attribute == "srcset"
                    ? HTMLScanner.urls(inSrcset: reference.value) : [reference.value]
                for value in values where !markdownLinks.contains(Self.normalized(value)) {
                    if let (kind, message) = targets.check(value, from: path, isAsset: Self.isAsset(reference)) {
                        problems.append(Diagnostic(kind, file: file, line: reference.line, message))
                    }
                }
            }
        }
        for (path, file) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".css") {
            for (value, line) in Self.cssURLs(String(decoding: file.contents, as: UTF8.self)) {
                if let (kind, message) = targets.check(value, from: path, isAsset: true) {
                    problems.append(Diagnostic(kind, file: "\(outputName)/\(path)", line: line, message))
                }
            }
        }
        // The feed and the sitemap: their links are absolute, under the base URL.
        for (path, file) in files.sorted(by: { $0.key < $1.key }) where path.hasSuffix(".xml") {
            for (value, line) in Self.xmlURLs(String(decoding: file.contents, as: UTF8.self)) {
                if let (kind, message) = targets.check(value, from: path, isAsset: false) {
                    problems.append(Diagnostic(kind, file: "\(outputName)/\(path)", line: line, message))
                }
            }
        }
        return CheckReport(problems: problems + site.warnings, checkedFiles: scans.count)
    }

    private func checkMarkdownLink(_ link: Link, href: String, in page: RenderedPage, resolver: ContentLinkResolver,
                                   targets: Targets) -> (CheckKind, String)? {
        switch resolver.resolve(link.destination, from: page.page.source) {
        case let .missing(target):
            return (.missingContent, "links to \(target), which does not exist")
        case let .unpublished(target):
            return (.missingContent, "links to \(target), which is not published (a draft or dated in the future; "
                        + "build with --drafts or --future to include it)")
        case let .page(source, path, fragment):
            guard let fragment, !(targets.scans[path + "index.html"]?.ids.contains(fragment) ?? false) else { return nil }
            return (.brokenAnchor, "links to \(source)#\(fragment), but \(source) has no heading or paragraph with "
                        + "the id '\(fragment)'")
        case .notContent:
            return targets.check(href, from: page.path + "index.html", isAsset: link.isImage)
        }
    }

    /// Whether a reference loads a file into the page (an image, a stylesheet) rather than leading to one.
    static func isAsset(_ reference: HTMLScanner.Reference) -> Bool {
        reference.attribute != "href" && reference.attribute != "action" || reference.element == "link"
    }

    /// A URL percent-decoded, to compare what Markdown wrote with what cmark escaped.
    package static func normalized(_ url: String) -> String {
        url.removingPercentEncoding ?? url
    }

    /// The `href` attributes and `<loc>` elements of an XML file (Atom links, sitemap locations) with their lines.
    static func xmlURLs(_ xml: String) -> [(value: String, line: Int)] {
        var result = HTMLScanner.scan(xml).references.filter { $0.attribute == "href" }.map { ($0.value, $0.line) }
        for (number, line) in xml.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let start = rest.range(of: "<loc>"), let end = rest[start.upperBound...].range(of: "</loc>") {
                result.append((HTMLScanner.decodeReferences(String(rest[start.upperBound..<end.lowerBound])), number + 1))
                rest = rest[end.upperBound...]
            }
        }
        return result
    }

    /// `url(...)` values of a stylesheet with their lines, except `data:` URLs.
    static func cssURLs(_ css: String) -> [(value: String, line: Int)] {
        var result: [(String, Int)] = []
        for (number, line) in css.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let start = rest.range(of: "url(") {
                let after = rest[start.upperBound...]
                guard let close = after.firstIndex(of: ")") else { break }
                let value = after[..<close].trimmingCharacters(in: CharacterSet(charactersIn: " \"'"))
                if !value.isEmpty && !value.hasPrefix("data:") && !value.hasPrefix("#") { result.append((value, number + 1)) }
                rest = after[after.index(after: close)...]
            }
        }
        return result
    }
}

/// The site's files and their ids, and how a URL found in one of them leads to another.
struct Targets {
    package var files: [String: OutputFile]
    var scans: [String: HTMLScanner.Result]
    package var urls: URLBuilder

    /// What is wrong with `value`, found in the file at site-relative `path`; nil when it leads somewhere.
    package func check(_ value: String, from path: String, isAsset: Bool) -> (CheckKind, String)? {
        let link = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !link.isEmpty else { return nil }
        let (rest, fragment) = RelativeLink.split(Substring(link))

        let target: String
        if let baseURL = urls.baseURL, rest.hasPrefix(baseURL) || rest + "/" == baseURL {
            target = String(rest.dropFirst(min(baseURL.count, rest.count)))
        } else if ContentLinkResolver.hasScheme(link) || rest.hasPrefix("//") {
            return nil  // another site, or mailto:, data:…: not ours to check
        } else if rest.hasPrefix("/") {
            guard rest.hasPrefix(urls.basePath) || rest + "/" == urls.basePath else {
                return (.outsideBasePath, "links to \(link), outside the site's base path \(urls.basePath)")
            }
            target = String(rest.dropFirst(min(urls.basePath.count, rest.count)))
        } else if rest.isEmpty {
            target = path  // `#id` or `?q`: this page
        } else {
            guard let joined = RelativeLink.resolve(String(rest), from: path) else {
                return (.outsideBasePath, "links to \(link), which climbs out of the site")
            }
            target = joined
        }

        let decoded = target.removingPercentEncoding ?? target
        guard let file = resolve(decoded) else {
            return isAsset ? (.missingAsset, "refers to \(link), which the site does not have")
                : (.brokenLink, "links to \(link), which the site does not have")
        }
        guard let fragment, !fragment.isEmpty, fragment != "top", let scan = scans[file] else { return nil }
        let id = fragment.removingPercentEncoding ?? fragment
        guard !scan.ids.contains(id) else { return nil }
        return (.brokenAnchor, "links to \(link), but that page has no element with the id '\(id)'")
    }

    /// The file a site-relative path is served from: `a/` → `a/index.html`; `a` → `a` or `a/index.html`.
    package func resolve(_ path: String) -> String? {
        if path.isEmpty || path.hasSuffix("/") {
            return files[path + "index.html"] == nil ? nil : path + "index.html"
        }
        if files[path] != nil { return path }
        return files[path + "/index.html"] == nil ? nil : path + "/index.html"
    }
}
