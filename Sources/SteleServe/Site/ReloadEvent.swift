/// A message to open pages, sent as a Server-Sent Event.
struct ReloadEvent: Sendable, Equatable {
    enum Kind: String, Sendable {
        /// First event of every connection: the current version.
        case hello
        /// The site changed: reload the page, when `data` lists its path or is empty (see `pathList`).
        case reload
        /// Only stylesheets changed: re-request them, keep the page.
        case css
        /// The rebuild failed: show `data` (file:line: message) over the page. Not `error`, which is
        /// EventSource's own name for a lost connection.
        case buildError = "build-error"
    }

    var kind: Kind
    /// The site version this event leads to, sent as the event's `id`.
    var version: String
    var data: String = ""

    /// A `reload` event's data: the site paths whose files changed, one per line, so that a page
    /// reloads only when its own file did (`LiveReloadScript`); empty, which reloads every page, when
    /// not known (nil) or too many to be worth listing (a template edit changes them all).
    static func pathList<Paths: Collection<String>>(_ paths: Paths?) -> String {
        guard let paths, paths.count <= maximumListedPaths else { return "" }
        return paths.sorted().joined(separator: "\n")
    }

    static let maximumListedPaths = 200

    /// The event in `text/event-stream` form: one `data:` line per line of `data`.
    var encoded: String {
        var text = "event: \(kind.rawValue)\nid: \(version)\n"
        let lines = data.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for line in lines { text += "data: \(line)\n" }
        return text + "\n"
    }
}
