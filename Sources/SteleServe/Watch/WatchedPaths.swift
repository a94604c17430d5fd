import SteleContent
import StelePages

/// Which files of a site folder a rebuild depends on: stele.yml and everything under content/,
/// templates/ and static/ (paths relative to the site folder).
enum WatchedPaths {
    static let folders = [ContentLoader.folderName, Theme.folderName, "static"]
    static let files = [SiteConfig.fileName]

    /// Whether a change at `path` can change the built site. Editors' swap, backup and probe files
    /// (`.x.swp`, `x~`, vim's `4913`) cannot: the builder skips hidden files and reads only what it knows.
    static func contains(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let first = components.first, let last = components.last else { return false }
        if components.count == 1 { return files.contains(String(first)) || folders.contains(String(first)) }
        guard folders.contains(String(first)) else { return false }
        return !components.contains { $0.hasPrefix(".") } && !last.hasSuffix("~") && last != "4913"
    }
}
