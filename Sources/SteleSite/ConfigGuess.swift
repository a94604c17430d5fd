import Foundation
import SteleContent
import SteleSupport
import SteleText

/// Settings for a site without stele.yml, taken from what is there rather than from defaults that fit
/// no one: the title from the folder's name, the language from the articles' script. The build says so
/// in a note, so the user knows where they came from.
struct ConfigGuess {
    var siteDirectory: URL
    var pages: [Page]

    /// `config` with `title` and `language` guessed, and the note that tells the user.
    func apply(to config: SiteConfig) -> (SiteConfig, Diagnostic) {
        var config = config
        config.title = siteDirectory.standardizedFileURL.lastPathComponent
        config.language = language
        let note = Diagnostic(.note, at: SourceLocation(file: ""),
                              "no \(SiteConfig.fileName): title \"\(config.title)\" from the folder name, language "
                                + "\(config.language) from the articles; `stele init` writes a \(SiteConfig.fileName) to set them")
        return (config, note)
    }

    /// `zh-CN` when most of the articles' words are Chinese (each ideograph counted as a word, each run
    /// of Latin letters as one), else `en`. Only the first few thousand characters of each article count.
    var language: String {
        var han = 0
        var latinWords = 0
        for page in pages {
            var inWord = false
            for scalar in (page.frontmatter.title + " " + page.body).unicodeScalars.prefix(4000) {
                if scalar.isHan { han += 1 }
                let isLetter = scalar.isLatinLetter
                if isLetter && !inWord { latinWords += 1 }
                inWord = isLetter
            }
        }
        return han > latinWords ? "zh-CN" : "en"
    }
}
