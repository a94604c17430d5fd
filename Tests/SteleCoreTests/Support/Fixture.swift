import Foundation
@testable import SteleSite

/// The fixture sites under Tests/SteleCoreTests/Fixtures/, each showing one rule.
enum Fixture {
    /// The folder of fixture `path` (`Check/broken-link-and-anchor`).
    static func url(_ path: String) -> URL {
        let resources = Bundle.module.resourceURL ?? Bundle.module.bundleURL
        return resources.appendingPathComponent("Fixtures").appendingPathComponent(path)
    }

    /// A fixed "now" (2024-01-01T00:00:00Z), so fixtures dated in the far future stay in the future
    /// and nothing depends on the day the tests run.
    static let now = Date(timeIntervalSince1970: 1_704_067_200)

    /// Builds fixture `path` in memory.
    static func build(_ path: String, baseURL: String? = nil, drafts: Bool = false,
                      future: Bool = false) async throws -> BuiltSite {
        try await SiteBuilder(siteDirectory: url(path), baseURLOverride: baseURL, includeDrafts: drafts,
                              includeFuture: future, now: now).build()
    }
}

extension BuiltSite {
    /// The text of the file at `path`, nil when the build has no such file.
    func text(_ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.contents, as: UTF8.self) }
    }

    var paths: Set<String> { Set(files.map(\.path)) }
}
