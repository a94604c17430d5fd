import StelePages

/// The files a build has made so far: rendered in batches, each batch kept in memory (for the preview
/// server, and for `--strict`, which checks the site before writing it) or written straight into the
/// staging folder and let go, so that `stele build` holds a few hundred pages' HTML at a time, not all.
struct ProducedFiles {
    let renderer: PageRenderer
    let staged: StagedOutput?
    /// Every file, when they are kept in memory.
    private(set) var files: [OutputFile] = []
    private(set) var fileCount = 0
    private(set) var byteCount = 0
    /// HTML pages by the template that rendered them, for the build's summary.
    private(set) var pagesByTemplate: [String: Int] = [:]

    /// Pages rendered and written together: enough to keep both cores busy, few enough to hold.
    static let batchSize = 256

    init(renderer: PageRenderer, staged: StagedOutput?) {
        self.renderer = renderer
        self.staged = staged
    }

    mutating func add(_ outputs: [PageOutput]) async throws(BuildError) {
        for case let .page(_, template, _) in outputs { pagesByTemplate[template, default: 0] += 1 }
        var start = 0
        while start < outputs.count {
            let batch = Array(outputs[start..<min(start + Self.batchSize, outputs.count)])
            start += Self.batchSize
            let rendered: [OutputFile]
            do {
                rendered = try await renderer.files(for: batch)
            } catch {
                throw .template(error)
            }
            fileCount += rendered.count
            byteCount += rendered.reduce(0) { $0 + $1.contents.count }
            if let staged {
                do {
                    try staged.write(rendered)
                } catch {
                    throw .output(error)
                }
            } else {
                files += rendered
            }
        }
    }
}
