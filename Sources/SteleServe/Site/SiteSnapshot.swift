import Foundation
import StelePages

/// One state of the preview, as served: every built file by site path, HTML already carrying the
/// live-reload script (and the error overlay while the last rebuild has failed).
struct SiteSnapshot: Sendable {
    /// Changes with every state; pages compare it to notice what they missed.
    let version: String
    let files: [String: ServedFile]
    /// The failed build's messages, while it is the latest build.
    let error: String?
    /// Set while no build has succeeded yet: every path then answers this page.
    let errorPage: ServedFile?

    /// The snapshot of `built` (the files of the last good build), showing `error` when the latest build failed.
    init(built: [OutputFile], error: String?, version: String) {
        let snippet = (error.map(PageInjection.overlay) ?? "") + PageInjection.scriptTag
        var files: [String: ServedFile] = [:]
        files.reserveCapacity(built.count)
        for file in built {
            let contentType = MediaType.forPath(file.path)
            let bytes = MediaType.isHTML(contentType) ? PageInjection.insert(snippet, into: file.contents) : file.contents
            files[file.path] = ServedFile(bytes: bytes, contentType: contentType)
        }
        self.files = files
        self.error = error
        self.errorPage = nil
        self.version = version
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
