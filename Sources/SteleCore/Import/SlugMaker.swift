import CICU

/// Short ASCII slugs from Chinese titles: `建强战斗堡垒 夯实执政之基` → `jian-qiang-zhan-dou-bao-lei`.
///
/// ICU's Han-Latin transliteration gives the pinyin; the slug keeps the title's first phrase (up to
/// its first space or mark), and more phrases only while it is shorter than three syllables, so
/// URLs stay short. At most `maximumLength` characters, cut between syllables.
enum SlugMaker {
    static let maximumLength = 32
    static let transform = "Han-Latin; Latin-ASCII"

    static func slug(for title: String) -> String {
        var words: [String] = []
        phrases: for phrase in phrases(of: title) {
            let syllables = latin(phrase).lowercased()
                .split(whereSeparator: { !($0.isASCII && ($0.isLetter || $0.isNumber)) })
                .map(String.init)
            for syllable in syllables {
                guard (words + [syllable]).joined(separator: "-").count <= maximumLength else {
                    if words.isEmpty { words = [String(syllable.prefix(maximumLength))] }
                    break phrases
                }
                words.append(syllable)
            }
            if words.count >= 3 { break }
        }
        return words.isEmpty ? "article" : words.joined(separator: "-")
    }

    /// The title cut at spaces and punctuation: `潘从明：十年磨剑` → `潘从明`, `十年磨剑`.
    private static func phrases(of title: String) -> [String] {
        title.unicodeScalars
            .split(whereSeparator: { !($0.properties.isAlphabetic || $0.properties.numericType != nil) })
            .map { String(String.UnicodeScalarView($0)) }
    }

    /// The text through ICU's transform; the text itself when ICU fails (it then has no pinyin to give).
    static func latin(_ text: String) -> String {
        ICUCall.utf8(from: Array(text.utf8)) { input, count, output, length in
            stele_icu_transliterate(transform, input, count, &output, &length)
        } ?? text
    }
}
