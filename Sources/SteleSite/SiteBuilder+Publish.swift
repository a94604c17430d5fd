import Foundation
import SteleSupport

/// What a build into an output folder did.
public enum PublishOutcome: Sendable {
    /// The site was built and swapped in.
    case written(BuiltSite)
    /// Nothing had changed since the last build into the folder (`BuildManifest`): it was left alone.
    case unchanged(BuildManifest, SiteInputs)
    /// The check `strict` asked for found errors; nothing was written.
    case refused(CheckReport)
}

extension SiteBuilder {
    /// `stele build`: builds the site into `output`; with `strict`, checks it first and writes only a
    /// site that passes. With `keepsManifest`, a site whose inputs have not changed since the last
    /// build into `output`, and whose output is as that build left it, is not built again.
    public func publish(into output: OutputDirectory, strict: Bool) async throws(BuildError) -> PublishOutcome {
        let inputs = try await readInputs()
        let digest = keepsManifest ? try inputs.digest(builtBy: self) : nil
        if let digest, let manifest = BuildManifest.load(for: output, siteDirectory: siteDirectory),
           manifest.describes(output, inputs: digest, strict: strict)
        {
            return .unchanged(manifest, inputs)
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
            BuildManifest.record(site, in: output, siteDirectory: siteDirectory, inputs: digest, checked: strict)
        }
        return .written(site)
    }
}
