import Foundation
import SteleContent
import SteleSupport

/// What a build is made from, digested as bytes: the settings and theme as `SiteInputs` digests them,
/// then every content file's path and bytes, without parsing one. A build of a site where nothing
/// changed since the last build (`BuildManifest`) then reads each file once and parses none: parsing
/// the frontmatter of 10,000 articles (Yams resolves every key's tag with regular expressions) was
/// most of such a build.
struct SiteSources {
    /// The digest for `builder`; nil for a site without stele.yml, whose settings are guessed from the
    /// pages (their parsed frontmatter decides the output, not only their bytes).
    static func digest(builtBy builder: SiteBuilder) async throws(BuildError) -> String? {
        let configFile = builder.siteDirectory.appendingPathComponent(SiteConfig.fileName)
        guard FileManager.default.fileExists(atPath: configFile.path) else { return nil }
        let config = try builder.loadConfiguration()
        let theme = try builder.loadTheme()
        var digest = ContentDigest()
        try SiteInputs.digestSettings(into: &digest, builtBy: builder, config: config, theme: theme)
        let loader = ContentLoader(siteDirectory: builder.siteDirectory)
        let files = loader.contentFiles()
        // Each file digested on its own, on all cores; a file that cannot be read leaves the build to
        // report it.
        let fileDigests = await files.concurrentMap { file -> String? in
            let path = builder.siteDirectory.appendingPathComponent(file).path
            guard let data = try? RegularFile.read(atPath: path) else { return nil }
            var digest = ContentDigest()
            digest.update(data)
            return digest.finalize()
        }
        digest.update(files.count)
        for (file, fileDigest) in zip(files, fileDigests) {
            guard let fileDigest else { return nil }
            digest.update(file)
            digest.update(fileDigest)
        }
        return digest.finalize()
    }
}
