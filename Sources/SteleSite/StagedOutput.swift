import Foundation
import StelePages
import SteleSupport

/// A build's files on their way into the output folder: written into a staging folder beside it, batch
/// by batch as they are made, then swapped in whole (`commit`) or thrown away (`discard`). Until the
/// commit, the output folder is exactly as it was.
public struct StagedOutput: Sendable {
    let output: OutputDirectory
    let folder: URL
    /// The output being replaced, when an earlier build wrote it: its unchanged files are linked.
    let previous: PreviousOutput?

    init(output: OutputDirectory, folder: URL) {
        self.output = output
        self.folder = folder
        let hasPrevious = FileManager.default.fileExists(atPath: output.url.appendingPathComponent(OutputDirectory.markerName).path)
        previous = hasPrevious ? PreviousOutput(folder: output.url.path) : nil
    }

    /// Writes `files` into the staging folder; unchanged ones are linked from the output being replaced.
    public func write(_ files: [OutputFile]) throws(OutputError) {
        do {
            try StagedFiles(folder: folder, previous: previous).write(files)
        } catch {
            throw .writeFailed(path: output.url.path, reason: FileSystemError.reason(for: error))
        }
    }

    /// Writes `file` into the staging folder as its bytes are made; returns how many it holds.
    public func write(_ file: StreamedFile) throws(OutputError) -> Int {
        do {
            return try StagedFiles(folder: folder, previous: previous).write(file)
        } catch {
            throw .writeFailed(path: output.url.path, reason: FileSystemError.reason(for: error))
        }
    }

    /// Flushes the staging folder to disk and puts it in the output's place.
    public func commit() throws(OutputError) {
        try output.commit(folder)
    }

    /// Removes the staging folder, leaving the output as it was.
    public func discard() {
        try? FileManager.default.removeItem(at: folder)
    }
}
