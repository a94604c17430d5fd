import Foundation

/// Names for work in progress beside its target (a staging folder, a file being written), and the
/// removal of such work that a killed run left behind.
///
/// The name carries the writing process's id, so a later run can tell the leftovers of a dead process
/// from the work of one still running beside it (two builds of one site at once), and removes only
/// the former. Only names of this form are ever removed: nothing Stele did not create.
public enum ScratchFile {
    static let infix = ".stele-scratch-"

    /// A hidden name for work in progress on `target`: `.output.stele-scratch-4711-…`.
    public static func name(for target: String, processID: Int32 = getpid()) -> String {
        ".\(target)\(infix)\(processID)-\(UUID().uuidString)"
    }

    /// The target and the id of the process that made `name`, or nil when `name` is no scratch name.
    static func owner(ofName name: String) -> (target: String, processID: Int32)? {
        guard name.hasPrefix("."), let marker = name.range(of: infix) else { return nil }
        let target = name[name.index(after: name.startIndex)..<marker.lowerBound]
        let rest = name[marker.upperBound...]
        guard !target.isEmpty, let dash = rest.firstIndex(of: "-"), let processID = Int32(rest[..<dash]) else { return nil }
        return (String(target), processID)
    }

    /// Removes the scratch files and folders in `directory` whose process has ended — those for
    /// `target` only, or for any target when it is nil — and any entry `isLegacyLeftover` accepts
    /// (names earlier versions used). Returns what it removed; what cannot be removed waits for the next run.
    @discardableResult
    public static func removeLeftovers(of target: String? = nil, in directory: URL,
                                       isLegacyLeftover: (String) -> Bool = { _ in false }) -> [URL] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path) else { return [] }
        var removed: [URL] = []
        for name in names {
            let isStale: Bool
            if let (owner, processID) = owner(ofName: name) {
                isStale = (target == nil || owner == target) && !isRunning(processID)
            } else {
                isStale = isLegacyLeftover(name)
            }
            guard isStale else { continue }
            let url = directory.appendingPathComponent(name)
            if (try? FileManager.default.removeItem(at: url)) != nil { removed.append(url) }
        }
        return removed
    }

    /// Whether a process with this id exists (EPERM: it does, under another user).
    static func isRunning(_ processID: Int32) -> Bool {
        if processID == getpid() { return true }
        return kill(processID, 0) == 0 || errno == EPERM
    }
}
