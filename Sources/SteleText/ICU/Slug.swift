import CICU

/// URL segments made from Chinese text: lower-case ASCII letters and digits, runs of anything else
/// turned into one `-` (`党建` → `dang-jian`).
///
/// Two schemes, because the two uses differ:
/// - a **tag** slug spells the whole name, in every script (`Any-Latin`), since two tags must not share a
///   page; a tag with no letters left keeps its own, percent-encoded in links, and one with none is `tag`;
/// - an **article** slug is short: the title's first phrase, and more phrases only while it has fewer than
///   three syllables, cut between syllables at `articleMaximumLength` characters (`建强战斗堡垒 夯实执政之基`
///   → `jian-qiang-zhan-dou-bao-lei`); only Han is transliterated (`Han-Latin`), and a title with nothing
///   left is `article`.
public enum Slug {
    public static let articleMaximumLength = 32
    static let tagTransform = "Any-Latin; Latin-ASCII"
    static let articleTransform = "Han-Latin; Latin-ASCII"

    /// Slugs for many tag names at once: one transliteration for all of them, as opening an ICU
    /// transliterator costs far more than using it.
    public static func tagSlugs(for names: [String]) -> [String: String] {
        guard !names.isEmpty else { return [:] }
        // Names cannot contain a newline (they are YAML scalars joined here), so one line each.
        let clean = names.map { $0.replacingOccurrences(of: "\n", with: " ") }
        let latin = transliterate(clean.joined(separator: "\n"), with: tagTransform)?
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [String: String] = [:]
        for (index, name) in names.enumerated() {
            let ascii = latin?.count == names.count ? latin?[index] ?? "" : ""
            result[name] = tagSlug(ascii: ascii, original: name)
        }
        return result
    }

    /// The slug of an article's title.
    public static func articleSlug(for title: String) -> String {
        var words: [String] = []
        phrases: for phrase in runs(of: title, keeping: isLetterOrDigit) {
            let latin = transliterate(phrase, with: articleTransform) ?? phrase
            for syllable in runs(of: latin.lowercased(), keeping: isASCIILetterOrDigit) {
                guard (words + [syllable]).joined(separator: "-").count <= articleMaximumLength else {
                    if words.isEmpty { words = [String(syllable.prefix(articleMaximumLength))] }
                    break phrases
                }
                words.append(syllable)
            }
            if words.count >= 3 { break }
        }
        return words.isEmpty ? "article" : words.joined(separator: "-")
    }

    /// The ASCII letters and digits of `ascii`, lower-cased and hyphenated; else the letters of `original`.
    static func tagSlug(ascii: String, original: String) -> String {
        let slug = runs(of: ascii.lowercased(), keeping: isASCIILetterOrDigit).joined(separator: "-")
        if !slug.isEmpty { return slug }
        let own = runs(of: original.lowercased(), keeping: isLetterOrDigit).joined(separator: "-")
        return own.isEmpty ? "tag" : own
    }

    private static func isASCIILetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
    }

    private static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isLetterOrNumber
    }

    /// The runs of `text` made of scalars `keep` accepts.
    private static func runs(of text: String, keeping keep: (Unicode.Scalar) -> Bool) -> [String] {
        text.unicodeScalars.split(whereSeparator: { !keep($0) }).map { String(scalars: $0) }
    }

    /// `text` through the ICU transform, or nil when ICU cannot do it.
    private static func transliterate(_ text: String, with transform: String) -> String? {
        ICUCall.utf8(from: Array(text.utf8)) { input, count, output, length in
            stele_icu_transliterate(transform, input, count, &output, &length)
        }
    }
}
