import Foundation
import SteleContent
import StelePages
import SteleSupport

/// What a build is made from, digested without parsing a page: the settings and theme as `SiteInputs`
/// digests them, then every content file's path and `Page.fileDigest`. A build of a site where nothing
/// changed since the last build (`BuildManifest`) reads each file once and parses none: parsing the
/// frontmatter of 10,000 articles (Yams resolves every key's tag with regular expressions) was most
/// of such a build.
///
/// A site without stele.yml is digested the same way: the settings it guesses (`ConfigGuess`) follow
/// from the site folder's path, which the settings' digest holds, and from the pages' bytes.
enum SiteSources {
    /// The digest of the files `inputs` was read from; nil when a page was not read from a file.
    static func digest(of inputs: SiteInputs, builtBy builder: SiteBuilder) throws(BuildError) -> String? {
        guard let files = inputs.contentFiles else { return nil }
        // The settings as stele.yml gives them, before any guess: what `current` reads.
        let config = builder.hasSettingsFile ? inputs.config : try builder.loadConfiguration()
        return try combined(files: files, config: config, theme: inputs.theme, builtBy: builder)
    }

    /// The digest of the files as they are now, for `builder`, and the settings stele.yml gives (the
    /// defaults without one: nothing is guessed here); nil when a file cannot be read as text (the
    /// build will say why).
    static func current(builtBy builder: SiteBuilder) async throws(BuildError) -> (digest: String, config: SiteConfig)? {
        let loader = ContentLoader(siteDirectory: builder.siteDirectory)
        let files = loader.contentFiles()
        // Read and digested on all cores, as a build loads them.
        let digests = await files.concurrentMap { loader.fileDigest(of: $0) }
        var found: [(source: String, digest: String)] = []
        for (file, digest) in zip(files, digests) {
            guard let digest else { return nil }
            found.append((file, digest))
        }
        let config = try builder.loadConfiguration()
        return (try combined(files: found, config: config, theme: try builder.loadTheme(), builtBy: builder), config)
    }

    /// The settings' digest, then each file's path and digest.
    private static func combined(files: [(source: String, digest: String)], config: SiteConfig, theme: Theme,
                                 builtBy builder: SiteBuilder) throws(BuildError) -> String {
        var digest = ContentDigest()
        try SiteInputs.digestSettings(into: &digest, builtBy: builder, config: config, theme: theme)
        digest.update(files.count)
        for file in files {
            digest.update(file.source)
            digest.update(file.digest)
        }
        return digest.finalize()
    }
}
