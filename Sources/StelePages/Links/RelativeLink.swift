import SteleSupport

/// The parts of a link as written, shared by the Markdown link resolver and the checker.
package enum RelativeLink {
    /// `path?query#fragment` → the path and the raw fragment (nil when there is no `#`); the query is dropped.
    package static func split(_ link: Substring) -> (path: Substring, fragment: String?) {
        var path = link
        var fragment: String?
        if let hash = path.firstIndex(of: "#") {
            fragment = String(path[path.index(after: hash)...])
            path = path[..<hash]
        }
        if let query = path.firstIndex(of: "?") { path = path[..<query] }
        return (path, fragment)
    }

    /// `relative` read from the folder of `file` (both relative to one root), without `.` and `..`
    /// segments; a trailing `/` is kept. Nil when it climbs above the root.
    package static func resolve(_ relative: String, from file: String) -> String? {
        var components = file.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        let parts = relative.split(separator: "/", omittingEmptySubsequences: false)
        for (index, part) in parts.enumerated() {
            switch part {
            case ".": continue
            case "..":
                guard !components.isEmpty else { return nil }
                components.removeLast()
            default:
                if part.isEmpty && index != parts.count - 1 { continue }
                components.append(String(part))
            }
        }
        return components.joined(separator: "/")
    }
}
