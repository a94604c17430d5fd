import Foundation
import StelePages

/// One state of the preview, as served: every built file by site path, HTML already carrying the
/// live-reload script (and the error overlay while the last rebuild has failed).
struct SiteSnapshot: Sendable {
    /// Changes with every state; pages compare it to notice what they missed.
    private(set) var version: String
    private(set) var files: [String: ServedFile]
    /// The failed build's messages, while it is the latest build.
    let error: String?
    /// Set while no build has succeeded yet: every path then answers this page.
    let errorPage: ServedFile?

    /// The snapshot of `built` (the files of the last good build), showing `error` when the latest build failed.
    ///
    /// With `previous`, the files whose paths are not in `changed` are taken from it as it served them,
    /// when it showed the same error (or none): an edit changes a few pages of thousands, and preparing
    /// every file again (the script inserted, the ETag hashed) took a twentieth of a rebuild.
    init(built: [OutputFile], error: String?, version: String, previous: SiteSnapshot? = nil,
         changed: Set<String> = []) {
        let reusable = previous.flatMap { $0.error == error && $0.errorPage == nil ? $0.files : nil } ?? [:]
        var files: [String: ServedFile] = [:]
        files.reserveCapacity(built.count)
        for file in built {
            let kept = changed.contains(file.path) ? nil : reusable[file.path]
            files[file.path] = kept ?? Self.served(file, error: error)
        }
        self.files = files
        self.error = error
        self.errorPage = nil
        self.version = version
    }

    /// Puts `replaced` in place of the files at their paths, as version `version`: in place, so that an
    /// edit's few pages do not copy a table of thousands of files.
    mutating func replace(_ replaced: [OutputFile], version: String) {
        self.version = version
        for file in replaced { files[file.path] = Self.served(file, error: error) }
    }

    /// `file` as served: HTML carries the live-reload script, and the error overlay while `error` is set.
    private static func served(_ file: OutputFile, error: String?) -> ServedFile {
        let contentType = MediaType.forPath(file.path)
        guard MediaType.isHTML(contentType) else { return ServedFile(bytes: file.contents, contentType: contentType) }
        let snippet = (error.map(PageInjection.overlay) ?? "") + PageInjection.scriptTag
        return ServedFile(bytes: PageInjection.insert(snippet, into: file.contents), contentType: contentType)
    }

    /// The state before any build succeeded.
    init(firstBuildError error: String, version: String) {
        self.files = [:]
        self.error = error
        self.errorPage = ServedFile(bytes: PageInjection.failedFirstBuildPage(error),
                                    contentType: MediaType.forPath("error.html"))
        self.version = version
    }

    /// The theme's not-found page, sent with status 404.
    var notFoundPage: ServedFile? { files["404.html"] }
}
