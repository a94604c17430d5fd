import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleContent
@testable import SteleImport
@testable import SteleMarkdown
@testable import StelePages

/// Loads the Markdown fixtures of Fixtures/Timeline as rendered articles, as the build would.
enum TimelineFixtures {
    static var folder: URL {
        get throws {
            try #require(Bundle.module.resourceURL).appendingPathComponent("Fixtures/Timeline")
        }
    }

    /// `name.md` as the article `articles/<name>/`.
    static func page(_ name: String) throws -> RenderedPage {
        try page(named: name, text: String(contentsOf: folder.appendingPathComponent("\(name).md"), encoding: .utf8))
    }

    /// `text` as the article `articles/<name>/`.
    static func page(named name: String, text: String) throws -> RenderedPage {
        let file = "content/\(name).md"
        let document = try ContentDocument(parsing: text, file: file)
        let page = Page(source: file, frontmatter: document.frontmatter, body: document.body,
                        bodyStartLine: document.bodyStartLine)
        return RenderedPage(page: page, path: "articles/\(page.slug)/",
                            markdown: MarkdownRenderer().render(document.body, firstLine: document.bodyStartLine))
    }

    /// The events of the fixture `name`, each as `start[/end] precision text #paragraph`.
    static func events(_ name: String, baseURL: String = "/") throws -> [String] {
        var config = SiteConfig()
        config.baseURL = baseURL
        return try TimelineExtractor().events(in: [page(name)]).map(summary)
    }

    static func summary(_ event: TimelineEvent) -> String {
        let dates = event.start.description + (event.end.map { "/\($0.iso)" } ?? "")
        let anchor = event.paragraphID.map { " #\($0)" } ?? ""
        return "\(dates) \(event.precision.rawValue) \(event.text)\(anchor)"
    }
}
