import SteleContent
import StelePages

/// Which files of a site folder a rebuild depends on: stele.yml and everything under content/,
/// templates/ and static/ (paths relative to the site folder).
enum WatchedPaths {
    static let folders = [ContentLoader.folderName, Theme.folderName, "static"]
    static let files = [SiteConfig.fileName]

    /// Whether a change at `path` can change the built site. Editors' scratch files cannot — vim's swap
    /// files and write probe (`.x.swp`, `x.swp`, `4913`), backups (`x~`), Emacs's lock and auto-save files
    /// (`.#x`, `#x#`), the temporary file of `sed -i` (`sedQvdu1V`) — nor, under content/, any file that
    /// is not Markdown: the builder reads `content/**/*.md` only. Reporting them would rebuild for nothing
    /// and print names the user never wrote.
    static func contains(_ path: String) -> Bool {
        let components = path.split(separator: "/")
        guard let first = components.first, let last = components.last else { return false }
        if components.count == 1 { return files.contains(String(first)) || folders.contains(String(first)) }
        guard folders.contains(String(first)) else { return false }
        if components.contains(where: { $0.hasPrefix(".") }) || isEditorScratch(last) { return false }
        // A name with an extension under content/ is a file; only Markdown is read. (A folder, named
        // without one, is kept: one moved in brings its articles without an event for each.)
        if first == Substring(ContentLoader.folderName), last.contains("."), !last.hasSuffix(".md") { return false }
        return true
    }

    static func isEditorScratch(_ name: Substring) -> Bool {
        if name.hasSuffix("~") || name == "4913" { return true }
        if [".swp", ".swo", ".swx", ".tmp"].contains(where: { name.hasSuffix($0) }) { return true }
        if name.hasPrefix("#") && name.hasSuffix("#") { return true }
        // GNU sed -i writes `sed` and six random letters or digits, then renames it over the file.
        return name.count == 9 && name.hasPrefix("sed") && name.dropFirst(3).allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }
}
