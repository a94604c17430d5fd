import Foundation
@testable import SteleSite

/// A site folder in a fresh temporary directory, written from a dictionary of relative paths to contents.
struct TemporarySite {
    let root: URL

    init(_ files: [String: String] = [:]) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("stele-test-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        for (path, text) in files { try write(path, text) }
    }

    func write(_ path: String, _ text: String) throws {
        try write(path, Data(text.utf8))
    }

    func write(_ path: String, _ data: Data) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    func read(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func exists(_ path: String) -> Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path)
    }

    var output: URL { root.appendingPathComponent("output") }

    /// Builds into `output/` (or `to`) the way `stele build` does.
    @discardableResult
    func build(to output: URL? = nil, baseURL: String? = nil) async throws -> BuiltSite {
        let destination = try OutputDirectory(url: output ?? self.output, siteDirectory: root)
        return try await SiteBuilder(siteDirectory: root, baseURLOverride: baseURL).build(into: destination)
    }

    /// Every file under `folder` (default output/) with its bytes, for comparing whole trees.
    func tree(_ folder: URL? = nil) throws -> [String: Data] {
        let base = folder ?? output
        var result: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: base.path) else { return result }
        for case let path as String in enumerator {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: base.appendingPathComponent(path).path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { result[path] = try Data(contentsOf: base.appendingPathComponent(path)) }
        }
        return result
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

/// The text of a thrown error, for asserting on what the user reads.
func errorText(_ body: () async throws -> Void) async -> String? {
    do {
        try await body()
        return nil
    } catch {
        return "\(error)"
    }
}
