import Foundation
import SteleMarkdown
import SteleSupport

/// Each article's analysis on disk, in the site's `.stele-cache/`, so that a build of an unchanged
/// article reads its words, names, figures and events instead of finding them again.
///
/// An entry is named by a hash of everything the analysis reads — the article's path, title, date,
/// frontmatter events and rendered text, the word sources, and the Stele executable that made it — and
/// holds that key in full: an entry is used only when its key is equal, never on the hash alone. Entries
/// are written atomically, so a killed build leaves none half-written; deleting the folder is always
/// safe, and a build never reads anything else from it.
public struct AnalysisStore: Sendable {
    /// The cache folder's name in a site.
    public static let folderName = ".stele-cache"
    /// The folder of this layout of entries, bumped when it changes (2: events stored as arrays, `StoredEvent`);
    /// `prune` removes the folders of the others.
    static let format = formatPrefix + "2"
    private static let formatPrefix = "analysis-"

    let folder: URL

    /// The store of the site at `siteDirectory`.
    public init(siteDirectory: URL) {
        folder = siteDirectory.appendingPathComponent(Self.folderName).appendingPathComponent(Self.format)
    }

    private struct Entry: Codable {
        var key: String
        var analysis: ArticleAnalysis.Stored
    }

    /// What an article's analysis depends on, as one string (see the type's comment).
    static func key(of page: RenderedPage, wordSources: String) -> String {
        let frontmatter = page.page.frontmatter
        let date: String = frontmatter.date.map { "\($0.year)-\($0.month)-\($0.day) \($0.time)" } ?? "-"
        let events: String = frontmatter[param: "events"].map { "\($0)" } ?? "-"
        let excluded: String = frontmatter[param: "timeline_exclude"].map { "\($0)" } ?? "-"
        var lines: [String] = [format, SteleVersion.executableIdentity, wordSources, page.path, page.title, date, events, excluded]
        lines += page.markdown.headings.map { "h\($0.level) \($0.id) \($0.text)" }
        lines += page.markdown.paragraphs.map { "p \($0.id) \($0.line) \($0.text)" }
        return lines.joined(separator: "\n")
    }

    /// The file an entry of `key` lives in: FNV-1a of the key, in hexadecimal.
    func file(for key: String) -> URL {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return folder.appendingPathComponent(String(hash, radix: 16) + ".json")
    }

    /// The analysis stored under `key`, nil when there is none (or it cannot be read: it is then made again).
    func load(_ key: String) -> ArticleAnalysis? {
        guard let data = try? Data(contentsOf: file(for: key)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data), entry.key == key
        else { return nil }
        return ArticleAnalysis(entry.analysis)
    }

    /// Keeps `analysis` under `key`; an analysis that failed is not kept. A store that cannot be written
    /// (a read-only site) only costs the next build its time.
    func save(_ analysis: ArticleAnalysis, for key: String) {
        guard let stored = analysis.stored, let data = try? JSONEncoder().encode(Entry(key: key, analysis: stored))
        else { return }
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
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") && !used.contains(name) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
