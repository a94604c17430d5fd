import Foundation

extension Data {
    /// Writes the data to `url` so that a reader, or a kill at any moment, sees either the old file or
    /// the whole new one: written to a scratch file beside it, then renamed over it. A scratch file of a
    /// killed run is removed by the next `ScratchFile.removeLeftovers` in that folder.
    ///
    /// Foundation's `.atomic` option leaves its temporary file behind when the process is killed, under
    /// a name no later run recognises; this one's name says whose it is.
    public func writeAtomically(to url: URL) throws {
        let directory = url.deletingLastPathComponent()
        let scratch = directory.appendingPathComponent(ScratchFile.name(for: url.lastPathComponent))
        do {
            try write(to: scratch)
            guard rename(scratch.path, url.path) == 0 else { throw FileSystemError.lastError(path: url.path) }
        } catch {
            try? FileManager.default.removeItem(at: scratch)
            throw error
        }
    }
}
