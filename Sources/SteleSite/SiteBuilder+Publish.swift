import Foundation
import SteleContent
import SteleSupport

/// What a build into an output folder did.
public enum PublishOutcome: Sendable {
    /// The site was built and swapped in.
    case written(BuiltSite)
    /// Nothing had changed since the last build into the folder (`BuildManifest`, which keeps what that
    /// build reported): it was left alone. The site's settings come with it, as stele.yml gives them
    /// (what a site without one guesses is in the manifest's notes).
    case unchanged(BuildManifest, SiteConfig)
    /// The check `strict` asked for found errors; nothing was written.
    case refused(CheckReport)
}

extension SiteBuilder {
    /// `stele build`: builds the site into `output`; with `strict`, checks it first and writes only a
    /// site that passes. With `keepsManifest`, a site whose inputs have not changed since the last
    /// build into `output`, and whose output is as that build left it, is not built again.
    public func publish(into output: OutputDirectory, strict: Bool) async throws(BuildError) -> PublishOutcome {
        let previous = keepsManifest ? BuildManifest.load(for: output, siteDirectory: siteDirectory) : nil
        // First by the files as they are, parsing none of them: what a build of an unchanged site needs.
        if let previous, previous.sources != nil, let current = try await SiteSources.current(builtBy: self),
           previous.describes(output, sources: current.digest, now: publishingTime, strict: strict)
        {
            return .unchanged(previous, current.config)
        }
        let inputs = try await readInputs()
        let digest = keepsManifest ? try inputs.digest(builtBy: self) : nil
        // Of the files as this build read them, never as they are after it: an edit made meanwhile
        // must make the next build build.
        let sources = keepsManifest ? try SiteSources.digest(of: inputs, builtBy: self) : nil
        let window = inputs.window
        if let digest, let previous, previous.describes(output, inputs: digest, strict: strict) {
            return .unchanged(previous, inputs.config)
        }
        let site: BuiltSite
        if strict {
            // The check reads every file: the site is held in memory until it has passed.
            site = try await build(from: consume inputs)
            let report = LinkChecker(site: site).check()
            guard report.passed else { return .refused(report) }
            do {
                try output.replace(with: site.files)
            } catch {
                throw .output(error)
            }
        } else {
            site = try await build(into: output, from: consume inputs)
        }
        if let digest {
            BuildManifest.record(site, in: output, siteDirectory: siteDirectory, inputs: digest, sources: sources,
                                 window: window, checked: strict)
        }
        return .written(site)
    }
}
