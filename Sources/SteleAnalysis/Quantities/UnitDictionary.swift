import SteleSupport
import SteleText

/// Every unit and measure word a number may take: the common ones of `MeasureWords` (which also say
/// what each counts), and what jieba's data knows besides. The dictionary's words tagged `q` (艘次,
/// 吨公里, 盏) and its one-character words tagged `m` (颗, 艘); the characters jieba's part-of-speech
/// model has seen stand alone as measure words (趟, 羽, 口); and compounds: a unit with 次 (架次, 车次),
/// a word the dictionary ends in a unit (标准箱, 集装箱).
///
/// A unit the dictionary names takes the kind of the longest common unit it ends in (吨公里 measures
/// like 公里, 标准箱 counts like 箱), and is no quantity when it starts with a word that makes the
/// number a date or a clock time (点钟).
package struct UnitDictionary: Sendable {
    /// jieba's dictionary and tagging model, shared by every copy (a scanner's pass over each paragraph
    /// holds one: see `Shared`).
    private let models: Shared<Models>

    private struct Models: Sendable {
        var dictionary: WordDictionary?
        var tagger: TaggingHMM?
    }

    /// The common units only, as when words are cut by ICU.
    package init() {
        self.init(dictionary: nil, tagger: nil)
    }

    package init(dictionary: WordDictionary?, tagger: TaggingHMM?) {
        models = Shared(Models(dictionary: dictionary, tagger: tagger))
    }

    /// The dictionary and the tagging model a segmenter cuts with, when it is jieba's.
    package init(segmenter: any WordSegmenter) {
        let jieba = segmenter as? DictionarySegmenter
        self.init(dictionary: jieba?.dictionary, tagger: jieba?.unknownWords?.tagger)
    }

    /// Longer dictionary units are not looked for: 平方千米 and 毫米汞柱 are the longest worth finding.
    private static let longest = 4

    /// The unit at `scalars[index]`, the longest one found. A unit only the dictionary names must end
    /// where the segmenter ends a word (`endsWord`): in 3天元旦 the unit is 天, not the 天元 of Go players.
    func match(_ scalars: [Unicode.Scalar], at index: Int, endsWord: (Int) -> Bool = { _ in true })
        -> (word: String, kind: MeasureWords.Kind, end: Int)?
    {
        let common = MeasureWords.match(scalars, at: index)
        var best = common
        // A unit of two scalars or more must be a word of the dictionary (`kind(ofDictionaryUnit:)`):
        // which lengths are, is found without making a `String` of each.
        let words = models.value.dictionary?.wordLengths(in: scalars, at: index, upTo: Self.longest) ?? 0
        for length in stride(from: min(Self.longest, scalars.count - index), through: 1, by: -1) {
            if let best, best.end - index >= length { break }
            guard length == 1 || words & (1 << UInt64(length)) != 0, endsWord(index + length) else { continue }
            let word = String(scalars: scalars[index..<(index + length)])
            if let kind = kind(ofDictionaryUnit: word) {
                best = (word, kind, index + length)
                break
            }
        }
        // A count of trips or turns: 艘 + 次, 架 + 次.
        if let unit = best, unit.kind == .general || unit.kind == .people, unit.end < scalars.count,
           scalars[unit.end] == "次", !unit.word.hasSuffix("次"), endsWord(unit.end + 1)
        {
            best = (unit.word + "次", unit.kind, unit.end + 1)
        }
        return best
    }

    /// Whether `word` is a word of the dictionary that stands on its own: not a bound suffix (子, 们).
    func isFreeWord(_ word: String) -> Bool {
        guard let entry = models.value.dictionary?.entry(for: word), entry.frequency > 0 else { return false }
        return !["ng", "k", ""].contains(entry.tag)
    }

    /// Whether the dictionary tags `word` a numeral (数十天, 两年).
    func isNumeral(_ word: String) -> Bool {
        guard let entry = models.value.dictionary?.entry(for: word), entry.frequency > 0 else { return false }
        return entry.tag == "m" || entry.tag == "mq"
    }

    /// The kind of `word` when jieba's data makes it a unit, else nil.
    private func kind(ofDictionaryUnit word: String) -> MeasureWords.Kind? {
        let scalars = Array(word.unicodeScalars)
        // 万元 and 三个 are tagged m and hold a number; 千瓦时 and 千米 are units tagged q.
        let holdsNumeral = scalars.contains(where: ChineseNumeral.isNumeralScalar)
        guard !holdsNumeral || (scalars.count > 1 && models.value.dictionary?.entry(for: word)?.tag == "q"),
              !Approximation.suffixes.contains(where: { $0.word.hasSameBytes(as: word) }),
              !(scalars.count == 2 && scalars[0] == scalars[1])  // 阵阵, 句句: "every", not a unit
        else { return nil }
        if isDictionaryUnit(word, scalars) || isNounEndingInUnit(word, scalars) {
            return Self.kind(of: scalars)
        }
        return nil
    }

    private func isDictionaryUnit(_ word: String, _ scalars: [Unicode.Scalar]) -> Bool {
        if let entry = models.value.dictionary?.entry(for: word), entry.frequency > 0 {
            if entry.tag == "q" || (entry.tag == "m" && scalars.count == 1) { return true }
        }
        return scalars.count == 1 && models.value.tagger?.standsAlone(scalars[0], as: "q") == true
    }

    /// 标准箱, 集装箱: a word of three characters or more whose last is a measure word. Shorter words
    /// ending in one (大道, 农家) are nouns in their own right.
    private func isNounEndingInUnit(_ word: String, _ scalars: [Unicode.Scalar]) -> Bool {
        guard scalars.count >= 3, (models.value.dictionary?.entry(for: word)?.frequency ?? 0) > 0 else { return false }
        let last = String(scalars[scalars.count - 1])
        return isDictionaryUnit(last, [scalars[scalars.count - 1]])
    }

    /// The kind of the longest common unit the word ends in; no quantity when it starts with one that
    /// is not (点钟); a general count otherwise.
    private static func kind(of scalars: [Unicode.Scalar]) -> MeasureWords.Kind {
        if let first = MeasureWords.match(scalars, at: 0), first.kind == .notAQuantity { return .notAQuantity }
        for start in 0..<scalars.count {
            // 时 ends 千瓦时 as "hour", not as the clock time it is alone.
            if let suffix = MeasureWords.match(scalars, at: start), suffix.end == scalars.count, suffix.kind != .notAQuantity {
                return suffix.kind
            }
        }
        return .general
    }
}
