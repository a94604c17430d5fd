import ArgumentParser
import Foundation
import SteleSite

/// The options `build` and `check` share: which site, at which base URL, with which pages.
struct SiteOptions: ParsableArguments {
    @Argument(help: "The site folder.", completion: .directory)
    var site: String = "."

    @Option(name: .customLong("base-url"), help: "Override baseURL from stele.yml, e.g. https://example.org/docs/.")
    var baseURL: String?

    @Flag(help: "Include pages marked draft: true.")
    var drafts = false

    @Flag(help: "Include pages dated after today (SOURCE_DATE_EPOCH, when set, is today).")
    var future = false

    var siteURL: URL { URL(fileURLWithPath: site) }

    /// A builder for the site, for a command that builds once (so it lets the word tables go after the
    /// analysis); fails when SOURCE_DATE_EPOCH is set but not a number.
    func builder() throws -> SiteBuilder {
        let now: Date
        do {
            now = try BuildClock.now()
        } catch {
            throw CommandFailure.report([error.description])
        }
        var builder = SiteBuilder(siteDirectory: siteURL, baseURLOverride: baseURL, includeDrafts: drafts,
                                  includeFuture: future, now: now)
        builder.keepsWordTables = false
        return builder
    }
}
