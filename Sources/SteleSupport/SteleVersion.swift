import Foundation

/// Stele's own version: printed by `stele --version`, and part of what identifies a build's inputs.
public enum SteleVersion {
    public static let current = "0.5.0"

    /// The running Stele: its version, and the size and time of its executable, so that a rebuilt
    /// `stele` (same version, other code) never reads what another one stored in a build cache.
    public static let executableIdentity: String = {
        var identity = "stele \(current)"
        // The link's target: the link itself is as new as the process.
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        if let attributes = try? FileManager.default.attributesOfItem(atPath: executable) {
            identity += " \(attributes[.size] ?? "-") \((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
        return identity
    }()
}
