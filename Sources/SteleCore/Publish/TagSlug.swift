import CICU
import Foundation

/// The URL segment of a tag page: Chinese in pinyin, other scripts in Latin letters, all lower-case
/// ASCII joined by `-` (`党建` → `dang-jian`, `Xi Jinping` → `xi-jinping`).
///
/// A tag that leaves no ASCII letters or digits (emoji, symbols) keeps its own letters, percent-encoded
/// in links; one with none at all becomes `tag`.
enum TagSlug {
    /// ICU transform: any script to Latin (Han by its Mandarin reading), then accents dropped.
    static let transform = "Any-Latin; Latin-ASCII"

    /// Slugs for many names at once: one transliterator for all of them, as opening one costs far
    /// more than using it.
    static func slugs(for names: [String]) -> [String: String] {
        guard !names.isEmpty else { return [:] }
        // Names cannot contain a newline (they are YAML scalars joined here), so one line each.
        let clean = names.map { $0.replacingOccurrences(of: "\n", with: " ") }
        let latin = transliterate(clean.joined(separator: "\n"))?
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var result: [String: String] = [:]
        for (index, name) in names.enumerated() {
            let ascii = latin?.count == names.count ? latin?[index] ?? "" : ""
            result[name] = slug(ascii: ascii, original: name)
        }
        return result
    }

    /// Lower-case ASCII letters and digits of `ascii`, other runs turned into one `-`; falls back to the
    /// letters of `original` when nothing is left.
    static func slug(ascii: String, original: String) -> String {
        let slug = hyphenate(ascii.lowercased()) { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        if !slug.isEmpty { return slug }
        let own = hyphenate(original.lowercased()) { $0.properties.isAlphabetic || $0.properties.numericType != nil }
        return own.isEmpty ? "tag" : own
    }

    private static func hyphenate(_ text: String, keeping keep: (Unicode.Scalar) -> Bool) -> String {
        var slug = String.UnicodeScalarView()
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if keep(scalar) {
                if pendingDash && !slug.isEmpty { slug.append("-") }
                pendingDash = false
                slug.append(scalar)
            } else {
                pendingDash = true
            }
        }
        return String(slug)
    }

    /// `text` through `transform`, or nil when ICU cannot do it (the fallback slug is used then).
    private static func transliterate(_ text: String) -> String? {
        ICUCall.utf8(from: Array(text.utf8)) { input, count, output, length in
            stele_icu_transliterate(transform, input, count, &output, &length)
        }
    }
}
