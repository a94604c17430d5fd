import SteleText

/// Splits text into the terms the search index holds: overlapping pairs of Han characters
/// (`基层党建` → `基层`, `层党`, `党建`), a lone Han character as itself, and words of other
/// scripts and numbers, lower-cased.
///
/// Chinese is written without spaces, so splitting on whitespace finds nothing; character bigrams need
/// no dictionary and find any two-character word. static/search.js splits queries the same way.
enum SearchTerms {
    /// The terms of `text`, in order, repeated as often as they occur.
    static func terms(in text: String) -> [String] {
        var terms: [String] = []
        var han: [Unicode.Scalar] = []
        var word = String.UnicodeScalarView()
        func flushHan() {
            if han.count == 1 {
                terms.append(String(han[0]))
            } else if han.count > 1 {
                for index in 0..<(han.count - 1) {
                    var pair = String.UnicodeScalarView()
                    pair.append(han[index])
                    pair.append(han[index + 1])
                    terms.append(String(pair))
                }
            }
            han.removeAll(keepingCapacity: true)
        }
        func flushWord() {
            if !word.isEmpty { terms.append(String(word).lowercased()) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if scalar.isHan {
                flushWord()
                han.append(scalar)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                flushHan()
                word.append(scalar)
            } else {
                flushHan()
                flushWord()
            }
        }
        flushHan()
        flushWord()
        return terms
    }
}
