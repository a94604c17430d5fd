import Foundation
import SteleSupport
import Testing
@testable import SteleImport

/// The importer's fixtures (`Fixtures/Import/…`) and the example corpus (`sources/`).
enum ImportFixtures {
    static var folder: URL {
        get throws { try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("Import") }
    }

    static func data(_ name: String) throws -> Data {
        try Data(contentsOf: folder.appendingPathComponent(name))
    }

    /// Imports one fixture; the report names it `name`.
    static func articles(_ name: String) throws -> (articles: [ImportedArticle], notes: [Diagnostic]) {
        try SourceImporter.articles(from: data(name), file: name)
    }

    /// The repository: `sources/`, `content/`.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seedNames = ["000_2fd502087726ba7a.txt", "001_5b56f065b27f565b.txt"]

    static func seed(_ name: String) throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent("sources").appendingPathComponent(name))
    }

    /// The four articles of the example corpus, as `stele import sources/*.txt` reads them.
    static func seedArticles() throws -> (articles: [ImportedArticle], notes: [Diagnostic]) {
        var articles: [ImportedArticle] = [], notes: [Diagnostic] = []
        for name in seedNames {
            let result = try SourceImporter.articles(from: seed(name), file: "sources/\(name)")
            articles += result.articles
            notes += result.notes
        }
        return (articles, notes)
    }

    /// A fresh empty folder under the system's temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("stele-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func paragraphs(_ article: ImportedArticle) -> [String] {
        article.body.compactMap { if case let .paragraph(text, _, _) = $0 { text } else { nil } }
    }

    static func headings(_ article: ImportedArticle) -> [String] {
        article.body.compactMap { if case let .heading(text, _, _) = $0 { text } else { nil } }
    }

    static func captions(_ article: ImportedArticle) -> [String] {
        article.body.compactMap { if case let .caption(text, _) = $0 { text } else { nil } }
    }
}
