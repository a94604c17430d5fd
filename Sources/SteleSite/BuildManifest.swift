import Foundation
import SteleAnalysis
import SteleSupport

/// What `stele build` last wrote into an output folder, and from what: the digest of its inputs
/// (`SiteInputs.digest`), the folder's listing right after the swap, and the figures its summary
/// printed.
///
/// A build whose inputs digest alike and whose output still lists exactly the same files (same
/// inodes, sizes and times) would write the same bytes into the same folder, so it writes nothing.
/// Anything else — an edited article, template or setting, another Stele, a file changed, added or
/// deleted in the output by hand, another build in between — builds as usual. The manifest lives in
/// the site's `.stele-cache/`; deleting it only costs the next build its time.
public struct BuildManifest: Codable, Sendable {
    /// Bumped when the manifest's layout or what the digest covers changes.
    static let format = "build-3"

    public var inputs: String
    /// The digest of the files' bytes (`SiteSources`), which a later build checks before parsing any;
    /// nil when a page was not read from a file.
    var sources: String?
    /// While which times the same pages are published; nil when all are (`--future`).
    var window: PublicationWindow?
    /// What the build's summary printed besides its figures, for a later build that parses nothing.
    public var unpublished: Int
    public var warnings: [Diagnostic]
    /// What the build decided for the user (the settings it guessed without stele.yml).
    public var notes: [Diagnostic]
    /// Whether the build checked the site first (`--strict`) and it passed: a strict build may only
    /// skip what a strict build wrote.
    public var checked: Bool
    public var articles: Int
    public var pagesByTemplate: [String: Int]
    public var fileCount: Int
    public var bytes: Int
    var listing: [String]

    /// The manifest of the output folder `output` of the site at `siteDirectory`.
    static func file(for output: OutputDirectory, siteDirectory: URL) -> URL {
        var digest = ContentDigest()
        digest.update(output.url.path)
        return siteDirectory.appendingPathComponent(AnalysisStore.folderName).appendingPathComponent(format)
            .appendingPathComponent(String(digest.finalize().prefix(16)) + ".json")
    }

    /// The manifest the last build left for `output`; nil when there is none or it cannot be read.
    static func load(for output: OutputDirectory, siteDirectory: URL) -> BuildManifest? {
        guard let data = try? Data(contentsOf: file(for: output, siteDirectory: siteDirectory)) else { return nil }
        return try? JSONDecoder().decode(BuildManifest.self, from: data)
    }

    /// Whether `output` is what this manifest's build left, for inputs digesting to `inputs`.
    func describes(_ output: OutputDirectory, inputs: String, strict: Bool) -> Bool {
        self.inputs == inputs && isAsLeft(output, strict: strict)
    }

    /// Whether `output` is what this manifest's build left, for files digesting to `sources` (which
    /// `SiteSources` gives), and a build at `now` would publish the same pages.
    func describes(_ output: OutputDirectory, sources: String, now: Date, strict: Bool) -> Bool {
        self.sources == sources && window.map({ $0.contains(Int(now.timeIntervalSince1970.rounded(.down))) }) ?? true
            && isAsLeft(output, strict: strict)
    }

    /// Whether `output` still lists what this manifest's build left, and that build was checked when
    /// this one is `strict`.
    private func isAsLeft(_ output: OutputDirectory, strict: Bool) -> Bool {
        (checked || !strict) && OutputListing(of: output.url.path)?.lines == listing
    }

    /// Records `site`, just written into `output` from inputs digesting to `inputs` and files to
    /// `sources`, its pages published at the times `window` holds. A cache that cannot be written
    /// only costs the next build its time.
    static func record(_ site: BuiltSite, in output: OutputDirectory, siteDirectory: URL, inputs: String,
                       sources: String?, window: PublicationWindow?, checked: Bool) {
        let file = file(for: output, siteDirectory: siteDirectory)
        guard let listing = OutputListing(of: output.url.path) else {
            try? FileManager.default.removeItem(at: file)
            return
        }
        let manifest = BuildManifest(
            inputs: inputs, sources: sources, window: window, unpublished: site.unpublished.count, warnings: site.warnings,
            notes: site.notes, checked: checked, articles: site.pages.count, pagesByTemplate: site.pagesByTemplate,
            fileCount: site.fileCount, bytes: site.byteCount, listing: listing.lines)
        guard let data = try? JSONEncoder().encode(manifest) else { return }
        try? FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? data.writeAtomically(to: file)
    }
}
