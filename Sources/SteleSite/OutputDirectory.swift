import CFileSystem
import Foundation
import StelePages
import SteleSupport

/// The folder a build writes, replaced whole or not at all.
///
/// Files are written to a staging folder beside it, which is swapped in only when every file is
/// written; a failed build leaves the previous output exactly as it was. The swap is one exchange of
/// the two names where the file system can do it (Linux's `renameat2`), so a kill at any moment leaves
/// a whole `output/`, old or new; elsewhere it is two renames with a short gap between them. Staging and
/// retired folders that a killed build left behind are removed by the next build. A folder is only
/// ever replaced when it carries the marker an earlier Stele build left in it.
public struct OutputDirectory: Sendable {
    public let url: URL
    /// Name of the marker file that says "Stele wrote this folder and may replace it".
    public static let markerName = ".stele-output"
    static let markerText = "This folder is written by `stele build`, which replaces it whole on every build.\n"

    /// Checks that `url` may be written by a build of `siteDirectory`.
    public init(url: URL, siteDirectory: URL) throws(OutputError) {
        let output = url.standardizedFileURL.resolvingSymlinksInPath()
        let site = siteDirectory.standardizedFileURL.resolvingSymlinksInPath()
        let home = FileManager.default.homeDirectoryForCurrentUser.standardizedFileURL.resolvingSymlinksInPath()
        let display = url.path
        if output.path == "/" { throw .refused(path: display, reason: "it is the root folder") }
        if output.path == home.path { throw .refused(path: display, reason: "it is the home folder") }
        if output.path == site.path { throw .refused(path: display, reason: "it is the site folder itself") }
        if (site.path + "/").hasPrefix(output.path + "/") {
            throw .refused(path: display, reason: "it contains the site folder")
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: output.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else { throw .refused(path: display, reason: "it is a file, not a folder") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: output.path)) ?? []
            if !entries.isEmpty && !entries.contains(Self.markerName) {
                throw .refused(
                    path: display,
                    reason: "it is not empty and was not written by stele build (no \(Self.markerName) in it); "
                        + "choose another --output or empty it yourself")
            }
        }
        self.url = output
    }

    /// Writes `files` (paths relative to the output folder) and swaps them in as the new output folder.
    public func replace(with files: [OutputFile]) throws(OutputError) {
        let staged = try stage()
        do {
            try staged.write(files)
            try staged.commit()
        } catch {
            staged.discard()
            throw error
        }
    }

    /// A new staging folder beside the output, marked as Stele's, for a build to write into as it goes
    /// and then `commit()` in the output's place, or `discard()`.
    public func stage() throws(OutputError) -> StagedOutput {
        let fileManager = FileManager.default
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        let staging = parent.appendingPathComponent(ScratchFile.name(for: name))
        do {
            try fileManager.createDirectory(at: parent, withIntermediateDirectories: true)
            ScratchFile.removeLeftovers(of: name, in: parent) { Self.isLegacyLeftover($0, of: name) }
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw .writeFailed(path: staging.path, reason: FileSystemError.reason(for: error))
        }
        let staged = StagedOutput(output: self, folder: staging)
        do {
            // The marker first: a staging folder is Stele's from its first file on.
            try StagedFiles.write(Data(Self.markerText.utf8), to: staging.appendingPathComponent(Self.markerName).path)
        } catch {
            staged.discard()
            throw .writeFailed(path: staging.path, reason: FileSystemError.reason(for: error))
        }
        return staged
    }

    /// Puts `staging` in the output's place, written to disk first as a whole.
    func commit(_ staging: URL) throws(OutputError) {
        do {
            guard stele_sync_file_system(staging.path) == 0 else { throw FileSystemError.lastError(path: staging.path) }
            try swap(in: staging)
        } catch {
            if let error = error as? OutputError { throw error }
            throw .writeFailed(path: url.path, reason: FileSystemError.reason(for: error))
        }
    }

    /// Puts the staging folder in the output's place and deletes the old output.
    private func swap(in staging: URL) throws {
        let fileManager = FileManager.default
        guard fileManager.fileExists(atPath: url.path) else {
            try fileManager.moveItem(at: staging, to: url)
            return
        }
        if stele_exchange_paths(staging.path, url.path) == 0 {
            // The old output now sits under the staging name.
            FolderRemoval.remove(staging)
            return
        }
        guard errno == EINVAL || errno == ENOSYS || errno == EOPNOTSUPP else {
            throw FileSystemError.lastError(path: url.path)
        }
        // No exchange here: old output aside, new one in, old one deleted. A kill between the two
        // renames leaves the old output under a scratch name, which the next build removes.
        let retired = url.deletingLastPathComponent().appendingPathComponent(ScratchFile.name(for: url.lastPathComponent))
        try fileManager.moveItem(at: url, to: retired)
        do {
            try fileManager.moveItem(at: staging, to: url)
        } catch {
            try? fileManager.moveItem(at: retired, to: url)
            throw error
        }
        FolderRemoval.remove(retired)
    }

    /// `.output.staging-UUID` and `.output.old-UUID`: the names Stele 0.x used, without a process id.
    static func isLegacyLeftover(_ entry: String, of name: String) -> Bool {
        entry.hasPrefix(".\(name).staging-") || entry.hasPrefix(".\(name).old-")
    }
}
