/// A batch of changed source files (site-relative paths) and what it asks of the preview.
struct ChangeSet: Sendable, Equatable {
    let paths: [String]

    init<Paths: Sequence<String>>(_ paths: Paths) {
        self.paths = Set(paths).sorted()
    }

    /// Only static files changed (`static/`, `templates/static/`): pages stay as they are, because
    /// templates link to static files by fixed paths; only the static files are read again.
    var isStaticOnly: Bool {
        !paths.isEmpty && paths.allSatisfy(Self.isStatic)
    }

    /// Only stylesheets changed: open pages can swap them in without reloading.
    var isStylesheetOnly: Bool {
        isStaticOnly && paths.allSatisfy { $0.hasSuffix(".css") }
    }

    /// The content files, when nothing but content files changed: their article pages can be shown
    /// before the whole site is built again. Nil when anything else changed too.
    var contentFiles: [String]? {
        paths.isEmpty || !paths.allSatisfy({ $0.hasPrefix("content/") && $0.hasSuffix(".md") }) ? nil : paths
    }

    private static func isStatic(_ path: String) -> Bool {
        path.hasPrefix("static/") || path.hasPrefix("templates/static/")
    }
}
