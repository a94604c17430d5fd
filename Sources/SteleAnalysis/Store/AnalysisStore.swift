import Foundation
import SteleMarkdown
import SteleSupport

/// Each article's analysis on disk, in the site's `.stele-cache/`, so that a build of an unchanged
/// article reads its words, names, figures and events instead of finding them again.
///
/// An entry is named by a SHA-256 of everything the analysis reads — the article's path, title, date,
/// frontmatter events and rendered text, the word sources, and the Stele executable that made it — and
/// holds that digest too, so a file renamed by hand is not taken for another. Entries once held the key
/// itself, the article's whole text, to be compared in full; encoding it into every entry made writing
/// the cache a tenth of a cold build, and a SHA-256 is as good a name as the text (git names content the
/// same way). An entry's bytes are its digest and then the analysis, written by `EntryWriter` (Foundation's
/// JSON coders were a twentieth of a cold build's time; see `EntryCodable`). Entries are written
/// atomically, so a killed build leaves none half-written; an entry that does not read back whole is
/// analysed again; deleting the folder is always safe, and a build never reads anything else from it.
public struct AnalysisStore: Sendable {
    /// The cache folder's name in a site.
    public static let folderName = ".stele-cache"
    /// The folder of this layout of entries, bumped when it changes (2: events stored as arrays; 3: keys
    /// as SHA-256 digests; 4: `EntryWriter`'s bytes in place of JSON); `prune` removes the folders of the others.
    static let format = formatPrefix + "5"
    /// How an entry's file name ends.
    private static let entryExtension = ".entry"
    private static let formatPrefix = "analysis-"

    let folder: URL

    /// The store of the site at `siteDirectory`.
    public init(siteDirectory: URL) {
        folder = siteDirectory.appendingPathComponent(Self.folderName).appendingPathComponent(Self.format)
    }

    /// What an article's analysis depends on, digested (see the type's comment).
    static func key(of page: RenderedPage, wordSources: String) -> String {
        let frontmatter = page.page.frontmatter
        var digest = ContentDigest()
        for text in [format, SteleVersion.executableIdentity, wordSources, page.path, page.title] { digest.update(text) }
        digest.update(frontmatter.date.map { "\($0.year)-\($0.month)-\($0.day) \($0.time)" } ?? "-")
        digest.update(frontmatter[param: "events"].map { "\($0)" } ?? "-")
        digest.update(frontmatter[param: "timeline_exclude"].map { "\($0)" } ?? "-")
        digest.update(page.markdown.headings.count)
        for heading in page.markdown.headings {
            digest.update(heading.level)
            digest.update(heading.id)
            digest.update(heading.text)
        }
        digest.update(page.markdown.paragraphs.count)
        for paragraph in page.markdown.paragraphs {
            digest.update(paragraph.id)
            digest.update(paragraph.line)
            digest.update(paragraph.text)
        }
        return digest.finalize()
    }

    /// The file the entry of `key` lives in.
    func file(for key: String) -> URL {
        folder.appendingPathComponent(key + Self.entryExtension, isDirectory: false)
    }

    /// The analysis stored under `key`, nil when there is none (or it cannot be read: it is then made again).
    func load(_ key: String) -> ArticleAnalysis? {
        guard let data = try? Data(contentsOf: file(for: key)) else { return nil }
        var reader = EntryReader([UInt8](data))
        guard (try? reader.readString()) == key, let stored = try? reader.read(ArticleAnalysis.Stored.self), reader.isAtEnd
        else { return nil }
        return ArticleAnalysis(stored)
    }

    /// Keeps `analysis` under `key`; an analysis that failed is not kept. A store that cannot be written
    /// (a read-only site) only costs the next build its time.
    func save(_ analysis: ArticleAnalysis, for key: String) {
        guard let stored = analysis.stored else { return }
        var writer = EntryWriter()
        writer.write(key)
        writer.write(stored)
        let data = Data(writer.bytes)
        // The folder is made when the first write finds it missing, not asked for before every entry.
        guard (try? data.writeAtomically(to: file(for: key))) == nil else { return }
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? data.writeAtomically(to: file(for: key))
    }

    /// Removes the entries whose file is not among `used` (articles gone or changed), the scratch files of
    /// killed builds, and the folders of older formats, which no build reads again; only names this store writes.
    func prune(keeping used: Set<String>) {
        ScratchFile.removeLeftovers(in: folder)
        let cache = folder.deletingLastPathComponent()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: cache.path)) ?? []
        where name.hasPrefix(Self.formatPrefix) && name != Self.format {
            try? FileManager.default.removeItem(at: cache.appendingPathComponent(name))
        }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasSuffix(Self.entryExtension) && !name.hasPrefix(".") && !used.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
