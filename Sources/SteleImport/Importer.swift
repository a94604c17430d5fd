import Foundation
import SteleSupport

/// Imports raw texts into a content folder, one Markdown file per article.
public struct Importer: Sendable {
    /// The content folder as the user named it (`content`).
    public var destination: String
    /// Replace existing files that differ from the import (`--force`).
    public var overwrite: Bool

    public init(destination: String = "content", overwrite: Bool = false) {
        self.destination = destination
        self.overwrite = overwrite
    }

    /// Imports `files` (paths as the user named them). A file that cannot be read or parsed adds
    /// an error and writes nothing; the others are imported all the same.
    public func run(_ files: [String]) -> ImportOutcome {
        var outcome = ImportOutcome()
        var imported: [ImportedArticle] = []
        // Sorted, so that slugs made unique by a suffix do not depend on the order of the arguments.
        for file in Set(files).sorted() {
            do {
                let data: Data
                do {
                    data = try RegularFile.read(at: URL(fileURLWithPath: file))
                } catch {
                    throw ImportError.unreadable(file: file, reason: FileSystemError.reason(for: error))
                }
                let (articles, notes) = try SourceImporter.articles(from: data, file: file)
                imported += articles
                outcome.notes += notes
                outcome.articlesByFile[file] = articles.count
            } catch let error as ImportError {
                outcome.errors.append(error)
            } catch {
                outcome.errors.append(.unreadable(file: file, reason: "\(error)"))
            }
        }
        outcome.articleCount = imported.count
        guard !imported.isEmpty else { return outcome }
        do {
            try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
        } catch {
            outcome.errors.append(.writeFailed(file: destination, reason: FileSystemError.reason(for: error)))
            return outcome
        }
        // Files half-written by an import that was killed.
        ScratchFile.removeLeftovers(in: URL(fileURLWithPath: destination))
        for article in Self.uniqueSlugs(imported) {
            write(article, into: &outcome)
        }
        return outcome
    }

    private func write(_ article: ImportedArticle, into outcome: inout ImportOutcome) {
        let path = (destination as NSString).appendingPathComponent(article.slug + ".md")
        let data = Data(MarkdownWriter.document(for: article).utf8)
        if let existing = FileManager.default.contents(atPath: path) {
            if existing == data {
                outcome.unchanged.append(path)
                return
            }
            if !overwrite {
                outcome.notOverwritten.append(path)
                return
            }
        }
        do {
            try data.writeAtomically(to: URL(fileURLWithPath: path))
            outcome.written.append(path)
        } catch {
            outcome.errors.append(.writeFailed(file: path, reason: FileSystemError.reason(for: error)))
        }
    }

    /// Gives a second article with the same slug `-2`, a third `-3`, and so on.
    static func uniqueSlugs(_ articles: [ImportedArticle]) -> [ImportedArticle] {
        var used: Set<String> = []
        return articles.map { article in
            var article = article
            var candidate = article.slug, number = 2
            while used.contains(candidate) {
                candidate = "\(article.slug)-\(number)"
                number += 1
            }
            used.insert(candidate)
            article.slug = candidate
            return article
        }
    }
}
