import SteleSupport
import SteleText

/// Splits text into the terms the search index holds, and a query into the words it asks for.
///
/// Chinese is written without spaces, so splitting on whitespace finds nothing. Without a dictionary,
/// every Han character and every pair of neighbouring Han characters is a term (`基层党建` → `基`, `基层`,
/// `层`, `层党`, …): a one-character query (`医`) looks up the character, a longer word (`党建`, `基层党建`)
/// the pairs it is made of, all of which must be in a page. Words of other scripts and numbers are
/// terms as they are, lower-cased. static/search.js splits queries exactly as `words(in:)` does.
enum SearchTerms {
    /// The terms of `text` for the index, in order, repeated as often as they occur.
    static func indexTerms(in text: String) -> [String] {
        var terms: [String] = []
        forEachIndexTerm(in: text) { terms.append($0.text) }
        return terms
    }

    /// Calls `body` with each term of `text` for the index, in order, as often as it occurs: each Han
    /// character, then the pair it starts; each word of other letters and digits.
    static func forEachIndexTerm(in text: String, _ body: (SearchTerm) -> Void) {
        for run in runs(in: text) {
            switch run {
            case let .han(scalars):
                for index in scalars.indices {
                    body(.han(scalars[index]))
                    if index + 1 < scalars.count { body(.han(scalars[index], scalars[index + 1])) }
                }
            case let .word(word):
                body(.word(TextKey(word)))
            }
        }
    }

    /// A word of a query: its text (lower-cased), for snippets, and the terms a page must hold to match it.
    struct Word: Equatable {
        var text: String
        var terms: [String]
    }

    /// The words of a query: a run of Han characters as its pairs (a lone character as itself), any
    /// other word as itself. A word repeated counts once.
    static func words(in query: String) -> [Word] {
        var words: [Word] = []
        for run in runs(in: query) {
            let word: Word
            switch run {
            case let .han(scalars) where scalars.count == 1:
                word = Word(text: String(scalars[0]), terms: [String(scalars[0])])
            case let .han(scalars):
                var terms: [String] = []
                for index in 0..<(scalars.count - 1) where !terms.contains(pair(scalars[index], scalars[index + 1])) {
                    terms.append(pair(scalars[index], scalars[index + 1]))
                }
                word = Word(text: String(String.UnicodeScalarView(scalars)), terms: terms)
            case let .word(text):
                word = Word(text: text, terms: [text])
            }
            if !words.contains(word) { words.append(word) }
        }
        return words
    }

    private enum Run {
        case han([Unicode.Scalar])
        case word(String)
    }

    /// `text` cut into runs of Han characters and lower-cased words of other letters and digits;
    /// everything else (spaces, punctuation) separates them.
    private static func runs(in text: String) -> [Run] {
        var runs: [Run] = []
        var han: [Unicode.Scalar] = []
        var word = String.UnicodeScalarView()
        func flushHan() {
            if !han.isEmpty { runs.append(.han(han)) }
            han.removeAll(keepingCapacity: true)
        }
        func flushWord() {
            if !word.isEmpty { runs.append(.word(String(word).lowercased())) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.isHan {
                flushWord()
                han.append(scalar)
            } else if scalar.isLetterOrNumber {
                flushHan()
                word.append(scalar)
            } else {
                flushHan()
                flushWord()
            }
        }
        flushHan()
        flushWord()
        return runs
    }

    private static func pair(_ first: Unicode.Scalar, _ second: Unicode.Scalar) -> String {
        var pair = String.UnicodeScalarView()
        pair.append(first)
        pair.append(second)
        return String(pair)
    }
}
