import Foundation
import SteleAnalysis
import SteleContent
import SteleImport
import SteleMarkdown
import SteleText

/// The code that reads what users bring, each as one function of arbitrary bytes for libFuzzer
/// (`make fuzz`), and for the regression test that replays every input a fuzzer ever found.
///
/// A target returns normally for any input, whatever errors it reports; a crash, a hang or a broken
/// promise (`preconditionFailure`) is what the fuzzer looks for.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// Raw text to articles to Markdown files, and the promise that each file Stele writes parses back.
    case importer = "import"
    /// A content file: frontmatter (YAML) and body.
    case frontmatter
    /// The date scanner and the timeline over a rendered page.
    case dates
    /// The quantity scanner over segmented text.
    case quantities
    /// Markdown through cmark, with Stele's heading ids and link resolution.
    case markdown

    public func run(_ data: Data) {
        switch self {
        case .importer: Self.importText(data)
        case .frontmatter: _ = try? ContentDocument(parsing: String(decoding: data, as: UTF8.self), file: "fuzz.md")
        case .dates: Self.timeline(String(decoding: data, as: UTF8.self))
        case .quantities: Self.quantities(String(decoding: data, as: UTF8.self))
        case .markdown: _ = MarkdownRenderer(linkResolver: { "/" + $0 }).render(String(decoding: data, as: UTF8.self))
        }
    }

    /// How many articles `data` imports as, for the test that shows the import target reaches its check.
    package static func articleCount(importing data: Data) -> Int {
        (try? SourceImporter.articles(from: data, file: "fuzz.txt"))?.articles.count ?? 0
    }

    static func importText(_ data: Data) {
        guard let (articles, _) = try? SourceImporter.articles(from: data, file: "fuzz.txt") else { return }
        for article in articles {
            let document = MarkdownWriter.document(for: article)
            do {
                _ = try ContentDocument(parsing: document, file: "\(article.slug).md")
            } catch {
                preconditionFailure("the importer wrote a file that does not parse: \(error)\n\(document)")
            }
        }
    }

    static func timeline(_ text: String) {
        _ = DateScanner().mentions(in: Array(text.unicodeScalars))
        var frontmatter = Frontmatter()
        frontmatter.title = "fuzz"
        frontmatter.date = PageDate("2020-06-15")
        let page = Page(source: "fuzz.md", frontmatter: frontmatter, body: text, bodyStartLine: 1)
        let rendered = RenderedPage(page: page, path: "articles/fuzz/", markdown: MarkdownRenderer().render(text))
        _ = try? TimelineExtractor().events(in: [rendered])
    }

    static func quantities(_ text: String) {
        _ = QuantityScanner().quantities(in: text, tokens: segmenter.tokens(in: text))
    }

    /// jieba's dictionary when it is installed (as `make deps` does), else ICU's word breaks.
    static let segmenter: any WordSegmenter = {
        if let dictionary = try? WordDictionary.load(path: WordDictionary.jiebaPath) {
            return DictionarySegmenter(dictionary: dictionary)
        }
        return ICUWordSegmenter()
    }()
}
