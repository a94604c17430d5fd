import Foundation
import SteleAnalysis
import SteleContent
import StelePages
import SteleSupport

/// What a build reads before it renders anything: the settings, the theme and the content files it
/// publishes. With Stele itself, the build options and the word tables, it decides every output byte.
public struct SiteInputs: Sendable {
    public var config: SiteConfig
    public var theme: Theme
    /// The pages to publish, as loaded.
    public var pages: [Page]
    /// Content files left out: drafts and pages dated in the future.
    public var unpublished: [String]
    /// What the build decided for the user (a title and language guessed without stele.yml).
    public var notes: [Diagnostic]
    /// While which clock times the same pages are published; nil when every page is (`--future`).
    public var window: PublicationWindow?
    /// Every content file read, published or not, with its `Page.fileDigest`, in the order of
    /// `ContentLoader.contentFiles()`; nil when a page was not read from a file.
    public var contentFiles: [(source: String, digest: String)]?

    /// What a build goes on despite: keys in stele.yml and frontmatter that look mistyped.
    public var warnings: [Diagnostic] {
        (config.warnings + pages.flatMap(\.frontmatter.warnings)).sorted()
    }

    /// One digest of everything the output is made from, as `builder` builds it: two builds whose inputs
    /// digest alike write the same bytes. Nil when a page was not read from a file (its text is not known).
    func digest(builtBy builder: SiteBuilder) throws(BuildError) -> String? {
        var digest = ContentDigest()
        try Self.digestSettings(into: &digest, builtBy: builder, config: config, theme: theme)
        // Which pages are published is decided by the clock too: the list itself is what counts.
        for page in pages {
            guard let fileDigest = page.fileDigest else { return nil }
            digest.update(page.source)
            digest.update(fileDigest)
        }
        digest.update(unpublished.count)
        for source in unpublished { digest.update(source) }
        return digest.finalize()
    }

    /// What both digests (`digest(builtBy:)`, `SiteSources`) start with: Stele itself, the build's
    /// options, stele.yml as written, the word tables, the theme and the static files.
    static func digestSettings(into digest: inout ContentDigest, builtBy builder: SiteBuilder, config: SiteConfig,
                               theme: Theme) throws(BuildError) {
        digest.update(BuildManifest.format)
        digest.update(SteleVersion.executableIdentity)
        digest.update(builder.siteDirectory.standardizedFileURL.path)
        digest.update(builder.baseURLOverride ?? "-")
        digest.update(builder.includeDrafts)
        digest.update(builder.includeFuture)
        // stele.yml as written, or its absence (then the guessed settings follow from the pages).
        let configFile = builder.siteDirectory.appendingPathComponent(SiteConfig.fileName)
        digest.update((try? Data(contentsOf: configFile)) ?? Data("-".utf8))
        do throws(ContentError) {
            digest.update(try WordSources.identity(config: config, siteDirectory: builder.siteDirectory))
        } catch {
            throw .analysis(.words(error))
        }
        digest.update(theme.identity)
        for (path, data) in theme.staticFiles.sorted(by: { $0.key < $1.key }) {
            digest.update(path)
            digest.update(data)
        }
    }
}
