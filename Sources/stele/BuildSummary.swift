import Foundation
import SteleContent
import SteleSite
import SteleSupport

/// What `stele build` prints when it is done, as Hugo and Zola print theirs: where the site went, how
/// long it took, the pages by kind, the files written and the warnings.
///
///     Built 4 articles into output/ in 0.84 s
///       pages        12   4 articles · 1 index · 3 tags · tag list · timeline · statistics · search · 404
///       files        31   1.4 MB
///       warnings      1
struct BuildSummary {
    /// Whether the output was written, or found up to date and left alone.
    var wasBuilt: Bool
    var articles: Int
    var pagesByTemplate: [String: Int]
    var fileCount: Int
    var bytes: Int
    var unpublished: Int
    var warnings: [Diagnostic]
    var notes: [Diagnostic]
    var config: SiteConfig
    var outputPath: String
    var seconds: Double

    /// Templates in the order a reader meets the pages, with the words for one and for many; a page a
    /// site has once (`counted: false`) is named without its count.
    static let kinds: [(template: String, one: String, many: String, counted: Bool)] = [
        ("article", "article", "articles", true), ("index", "index page", "index pages", true),
        ("tag", "tag page", "tag pages", true), ("tags", "tag list", "tag lists", false),
        ("timeline", "timeline", "timeline pages", false), ("stats", "statistics", "statistics pages", false),
        ("search", "search", "search pages", false), ("not-found", "404", "404 pages", false),
    ]

    var text: String {
        let headline = wasBuilt
            ? "Built \(Self.count(articles, "article", "articles")) into \(outputPath) in \(Self.duration(seconds))"
            : "\(outputPath) is up to date with \(Self.count(articles, "article", "articles")): nothing changed since "
                + "the last build (checked in \(Self.duration(seconds)))"
        var lines = [headline]
        let pages = pagesByTemplate.values.reduce(0, +)
        lines.append(Self.row("pages", pages, Self.pageKinds(pagesByTemplate)))
        lines.append(Self.row("files", fileCount, ByteCountFormatter.string(fromByteCount: Int64(bytes), countStyle: .file)))
        if unpublished > 0 {
            lines.append(Self.row("left out", unpublished, "drafts and future pages (--drafts, --future)"))
        }
        if !warnings.isEmpty { lines.append(Self.row("warnings", warnings.count, "")) }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `4 articles · 1 index · 3 tags · timeline`: counts shown where there can be more than one.
    static func pageKinds(_ counts: [String: Int]) -> String {
        let known = Set(kinds.map(\.template))
        var parts = kinds.compactMap { kind -> String? in
            guard let count = counts[kind.template], count > 0 else { return nil }
            return count == 1 && !kind.counted ? kind.one : Self.count(count, kind.one, kind.many)
        }
        // A theme's own templates (a site may add producers later) are listed by name.
        parts += counts.keys.filter { !known.contains($0) }.sorted().map { "\(counts[$0]!) \($0)" }
        return parts.joined(separator: " · ")
    }

    static func count(_ count: Int, _ one: String, _ many: String) -> String { "\(count) \(count == 1 ? one : many)" }

    static func row(_ name: String, _ count: Int, _ detail: String) -> String {
        let label = name.padding(toLength: 10, withPad: " ", startingAt: 0)
        let number = String(count)
        return "  \(label)\(String(repeating: " ", count: max(0, 6 - number.count)))\(number)" + (detail.isEmpty ? "" : "   \(detail)")
    }

    static func duration(_ seconds: Double) -> String {
        seconds < 1 ? "\(Int((seconds * 1000).rounded())) ms" : String(format: "%.2f s", seconds)
    }
}

// In an extension, so the memberwise initialiser stays.
extension BuildSummary {
    init(site: BuiltSite, outputPath: String, seconds: Double) {
        self.init(wasBuilt: true, articles: site.pages.count, pagesByTemplate: site.pagesByTemplate,
                  fileCount: site.fileCount, bytes: site.byteCount,
                  unpublished: site.unpublished.count, warnings: site.warnings, notes: site.notes, config: site.config,
                  outputPath: outputPath, seconds: seconds)
    }

    /// The summary of a build that found nothing changed: the figures of the build that wrote the output.
    /// Its warnings and notes are those the build that wrote the output found: the same files give the same ones.
    init(unchanged manifest: BuildManifest, config: SiteConfig, outputPath: String, seconds: Double) {
        self.init(wasBuilt: false, articles: manifest.articles, pagesByTemplate: manifest.pagesByTemplate,
                  fileCount: manifest.fileCount, bytes: manifest.bytes, unpublished: manifest.unpublished,
                  warnings: manifest.warnings, notes: manifest.notes, config: config, outputPath: outputPath,
                  seconds: seconds)
    }
}
