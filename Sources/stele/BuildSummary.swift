import Foundation
import SteleSite

/// What `stele build` prints when it is done, as Hugo and Zola print theirs: where the site went, how
/// long it took, the pages by kind, the files written and the warnings.
///
///     Built 4 articles into output/ in 0.84 s
///       pages        12   4 articles · 1 index · 3 tags · tag list · timeline · statistics · search · 404
///       files        31   1.4 MB
///       warnings      1
struct BuildSummary {
    var site: BuiltSite
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
        let articles = site.pages.count
        var lines = ["Built \(Self.count(articles, "article", "articles")) into \(outputPath) in \(Self.duration(seconds))"]
        let pages = site.pagesByTemplate.values.reduce(0, +)
        lines.append(Self.row("pages", pages, Self.pageKinds(site.pagesByTemplate)))
        let bytes = site.files.reduce(0) { $0 + $1.contents.count }
        lines.append(Self.row("files", site.files.count, ByteCountFormatter.string(fromByteCount: Int64(bytes), countStyle: .file)))
        if !site.unpublished.isEmpty {
            lines.append(Self.row("left out", site.unpublished.count, "drafts and future pages (--drafts, --future)"))
        }
        let warnings = site.warnings.count
        if warnings > 0 { lines.append(Self.row("warnings", warnings, "")) }
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
