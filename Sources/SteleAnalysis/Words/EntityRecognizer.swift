import SteleSupport
import SteleText

/// One naming of a person, place or organisation in an article.
struct EntityMention: Equatable {
    enum Kind: Hashable { case person, place, organisation }

    var kind: Kind
    var name: String
    /// Whether the context says what the name names (a title before it, 说 after it, an administrative
    /// suffix, the word for a kind of body), rather than a tag alone.
    var hasEvidence: Bool
    /// A name the HMM found and tagged, not a dictionary word: its tag alone counts when it recurs.
    var isNewWord = false
}

/// Finds the people, places and organisations an article names, from its tokens: the tags the
/// dictionary and the HMM give, and the words around them (`EntityCues`). A tag alone is weak — the
/// dictionary tags 卫星 and 友谊 as names — so every mention says whether the context backs it.
struct EntityRecognizer {
    /// Prepositions the HMM glues onto the unknown word after them (由岭峤, 从澜湾, 据镇).
    static let prepositions: WordSet = ["由", "从", "在", "到", "据", "与", "把", "被", "向", "对", "经",
                                                    "将", "跟", "给", "为", "和", "同", "往"]
    /// Demonstratives it glues onto a measure word (这所, 这批): never the start of a name.
    static let demonstratives: WordSet = ["这", "那", "该", "本", "每", "各", "此", "其"]
    /// Words of status it glues onto the name after them (原|岭川公司: the former one).
    static let statusPrefixes: WordSet = ["原", "前"]
    /// How a photo caption opens (图为…, "pictured is"), which it makes a word of its own or glues onto
    /// the name after it (图为|霁川新材料有限公司): never part of a name. Longest first.
    static let captionOpeners: [String] = ["上图为", "下图为", "左图为", "右图为", "图为", "图中"]
    /// Tags of the closed classes — prepositions, conjunctions, particles, adverbs, pronouns, numerals,
    /// measure words, positions, time words: a character so tagged is no surname (记者向|李明介绍).
    static let closedClassTags: WordSet = ["p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "m", "q", "f",
                                                       "t", "y", "e", "o", "k", "h", "x"]
    /// Tags of characters that are no part of a name: function words, numerals, verbs, adjectives, time words.
    static let functionTags: WordSet = ["p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "m",
                                                    "q", "f", "t", "v", "vn", "a", "ad", "y", "e", "o", "k", "h", "s"]

    /// The block being read, as the rules see it.
    private(set) var tokens: [Token] = []
    /// The dictionary the tokens were cut with: what the parts of a dictionary word are on their own.
    let dictionary: WordDictionary?

    /// A recognizer for the blocks of an article, one after the other. One for all of them: a copy of
    /// the dictionary retains each of its tables, and a recognizer made for each paragraph and each
    /// step did so from every core at once (nearly 1% of a cold build).
    init(dictionary: WordDictionary? = nil) {
        self.dictionary = dictionary
    }

    /// The mentions of `block`, one paragraph or heading: places named with their suffix first (they may
    /// sit inside the name of a body: 嵊溪县档案馆), then organisations, then the other places and the
    /// people outside them (沅澧 in 沅澧大学 is no mention of its own). Names inside a title in 《》 are
    /// part of the name of a work (《嵊溪县志》, a regulation for a kind of school), not mentions.
    mutating func mentions(in block: [Token]) -> [EntityMention] {
        tokens = Self.joined(Self.refined(block, dictionary: dictionary))
        var found: [EntityMention] = []
        // Each suffixed place becomes one token tagged ns, so that a body's name can start with it.
        var merged: [Token] = []
        var isPlace: [Bool] = []
        let inTitle = Self.insideTitles(tokens)
        var mergedInTitle: [Bool] = []
        for index in tokens.indices {
            if let start = suffixedPlaceStart(endingAt: index, after: merged.count) {
                let parts = Array(merged[(merged.count - (index - start))...]) + [tokens[index]]
                merged.removeLast(index - start)
                isPlace.removeLast(index - start)
                mergedInTitle.removeLast(index - start)
                // 商洛|柞水县: a dictionary word tagged as a person right before a place is the place above it.
                if let before = merged.indices.last, case let previous = merged[before], !isPlace[before],
                   !previous.isNewWord, EntityCues.isPersonTag(previous.tag), previous.length >= 2 {
                    merged[before].tag = "ns"
                    isPlace[before] = true
                    if !inTitle[index] { found.append(EntityMention(kind: .place, name: previous.text, hasEvidence: true)) }
                }
                let name = parts.map(\.text).joined()
                if !inTitle[index] {
                    found.append(EntityMention(kind: .place, name: name,
                                               hasEvidence: !looksLikeAKindOfPlace(parts) || isPlaceLed(before: merged)))
                }
                merged.append(Token(text: name, kind: .word, tag: "ns", start: parts[0].start,
                                    length: parts.reduce(0) { $0 + $1.length }))
                isPlace.append(true)
            } else {
                merged.append(tokens[index])
                isPlace.append(false)
            }
            mergedInTitle.append(inTitle[index])
        }
        // The rules for bodies, the other places and people read the block with its places merged.
        tokens = merged
        var used = zip(isPlace, mergedInTitle).map { $0 || $1 }
        for index in merged.indices where !mergedInTitle[index] {
            guard let first = organisationStart(endingAt: index) else { continue }
            found.append(EntityMention(kind: .organisation, name: text(first...index), hasEvidence: true))
            for covered in first...index { used[covered] = true }
        }
        var index = 0
        while index < merged.count {
            if !used[index], let (mention, length) = namedPlace(at: index) ?? person(at: index),
               (index..<(index + length)).allSatisfy({ !used[$0] }) {
                found.append(mention)
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    /// For each token, whether it lies between 《 and 》 (the marks themselves included).
    static func insideTitles(_ tokens: [Token]) -> [Bool] {
        var depth = 0
        return tokens.map { token in
            // The marks are tokens of one scalar: its first scalar tells, without comparing strings.
            let mark = token.length == 1 ? token.text.unicodeScalars.first : nil
            if mark == "《" { depth += 1 }
            defer { if mark == "》" { depth = max(0, depth - 1) } }
            return depth > 0 || mark == "》"
        }
    }
}
