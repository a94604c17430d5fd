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
    /// Files being streamed into the staging folder beside the pages rendered after them; each gives
    /// its size once written.
    private var streaming: [Task<Result<Int, OutputError>, Never>] = []

    /// Pages rendered and written together: enough to keep both cores busy, few enough to hold.
    static let batchSize = 256

    init(renderer: PageRenderer, staged: StagedOutput?) {
        self.renderer = renderer
        self.staged = staged
    }

    mutating func add(_ outputs: [PageOutput]) async throws(BuildError) {
        for template in outputs.lazy.compactMap(\.template) { pagesByTemplate[template, default: 0] += 1 }
        var outputs = outputs
        if let staged {
            // Making stats.json is seconds of one core's work: done beside the pages that follow.
            for case let .stream(file) in outputs {
                streaming.append(Task { Result { () throws(OutputError) in try staged.write(file) } })
            }
            outputs.removeAll { if case .stream = $0 { true } else { false } }
        }
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

    /// Waits for the files still being streamed: once every output is added, and before the staging
    /// folder is thrown away after an error.
    mutating func finish() async throws(BuildError) {
        let tasks = streaming
        streaming = []
        var failure: OutputError?
        for task in tasks {
            switch await task.value {
            case let .success(bytes):
                fileCount += 1
                byteCount += bytes
            case let .failure(error):
                failure = failure ?? error
            }
        }
        if let failure { throw .output(failure) }
    }
}
