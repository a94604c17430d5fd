/// A message to open pages, sent as a Server-Sent Event.
struct ReloadEvent: Sendable, Equatable {
    enum Kind: String, Sendable {
        /// First event of every connection: the current version.
        case hello
        /// The site changed: reload the page.
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

    /// The event in `text/event-stream` form: one `data:` line per line of `data`.
    var encoded: String {
        var text = "event: \(kind.rawValue)\nid: \(version)\n"
        let lines = data.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }
        for line in lines { text += "data: \(line)\n" }
        return text + "\n"
    }
}
