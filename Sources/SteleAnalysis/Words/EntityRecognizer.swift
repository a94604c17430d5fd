import SteleText

/// One naming of a person, place or organisation in an article.
struct EntityMention: Equatable, Codable {
    enum Kind: Hashable, Codable { case person, place, organisation }

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
    private static let prepositions: Set<String> = ["由", "从", "在", "到", "据", "与", "把", "被", "向", "对", "经",
                                                    "将", "跟", "给", "为", "和", "同", "往"]
    /// Demonstratives it glues onto a measure word (这所, 这批): never the start of a name.
    private static let demonstratives: Set<String> = ["这", "那", "该", "本", "每", "各", "此", "其"]
    /// Words of status it glues onto the name after them (原|岭川公司: the former one).
    private static let statusPrefixes: Set<String> = ["原", "前"]
    /// Tags of characters that are no part of a name: function words, numerals, verbs, adjectives, time words.
    private static let functionTags: Set<String> = ["p", "c", "u", "uj", "ul", "uz", "ud", "ug", "uv", "d", "r", "m",
                                                    "q", "f", "t", "v", "vn", "a", "ad", "y", "e", "o", "k", "h", "s"]

    private let tokens: [Token]
    /// The dictionary the tokens were cut with: what the parts of a dictionary word are on their own.
    private let dictionary: WordDictionary?

    init(tokens: [Token], dictionary: WordDictionary? = nil) {
        self.tokens = Self.joined(Self.refined(tokens.filter { $0.kind != .space }, dictionary: dictionary))
        self.dictionary = dictionary
    }

    /// The mentions of the article: places named with their suffix first (they may sit inside the name of
    /// a body: 嵊溪县档案馆), then organisations, then the other places and the people outside them (沅澧
    /// in 沅澧大学 is no mention of its own). Names inside a title in 《》 are part of the name of a work
    /// (《嵊溪县志》, a regulation for a kind of school), not mentions.
    func mentions() -> [EntityMention] {
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
        let recognizer = EntityRecognizer(refinedTokens: merged, dictionary: dictionary)
        var used = zip(isPlace, mergedInTitle).map { $0 || $1 }
        for index in merged.indices where !mergedInTitle[index] {
            guard let first = recognizer.organisationStart(endingAt: index) else { continue }
            found.append(EntityMention(kind: .organisation, name: recognizer.text(first...index), hasEvidence: true))
            for covered in first...index { used[covered] = true }
        }
        var index = 0
        while index < merged.count {
            if !used[index], let (mention, length) = recognizer.namedPlace(at: index) ?? recognizer.person(at: index),
               (index..<(index + length)).allSatisfy({ !used[$0] }) {
                found.append(mention)
                index += length
            } else {
                index += 1
            }
        }
        return found
    }

    private init(refinedTokens: [Token], dictionary: WordDictionary?) {
        self.tokens = refinedTokens
        self.dictionary = dictionary
    }

    /// For each token, whether it lies between 《 and 》 (the marks themselves included).
    static func insideTitles(_ tokens: [Token]) -> [Bool] {
        var depth = 0
        return tokens.map { token in
            if token.text == "《" { depth += 1 }
            defer { if token.text == "》" { depth = max(0, depth - 1) } }
            return depth > 0 || token.text == "》"
        }
    }

    /// A dictionary word made of an adjective (or a pronoun) and a kind of place, which the dictionary may tag as a
    /// place (大城市, 旧城区) though it names none — or may (宽城区 is a district): such a word needs the
    /// context of a place.
    private func looksLikeAKindOfPlace(_ parts: [Token]) -> Bool {
        guard parts.count == 1, let word = parts.first, !word.isNewWord, word.length == 3, let dictionary
        else { return false }
        let scalars = Array(word.text.unicodeScalars)
        let head = String(scalars[0])
        var tail = String.UnicodeScalarView()
        tail.append(contentsOf: scalars[1...])
        // An adjective (大, 旧), a pronoun (各, 本) or a numeral before it.
        return ["a", "r", "m"].contains(dictionary.entry(for: head)?.tag) && dictionary.contains(String(tail))
    }

    /// Whether the token that ends `before` leads to a place: 在, 到, or a place above it (吉林长春|宽城区).
    private func isPlaceLed(before: [Token]) -> Bool {
        guard let previous = before.last else { return false }
        return EntityCues.placeLeads.contains(previous.text) || previous.tag == "ns"
    }

    // MARK: Organisations

    /// Where the name of a body that ends with the token at `end` begins: back over the words of its
    /// name (鳌川 钢铁 集团, 厦门 鹭江 出版 有限公司) to the first that is a proper name. Nil when the token
    /// ends no body, or only a generic one (县林业局, 镇卫生院).
    func organisationStart(endingAt end: Int) -> Int? {
        let last = tokens[end]
        guard isOrganisation(last) else { return nil }
        var start = end
        // A body inside a body (农学院 of 沅澧大学) is listed as the outer one.
        while start > 0, end - start < 6, isPartOfAName(tokens[start - 1], next: tokens[start]),
              !isOrganisation(tokens[start - 1]) {
            // A verb belongs to the name only right after a proper name (鹭江|出版|有限公司, 雁栖|通用|航空|有限公司),
            // not in a clause that ends on a body (坚持|围绕|中心, 党组织|成为|学校).
            if tokens[start - 1].tag == "v" {
                guard start >= 2, case let before = tokens[start - 2],
                      before.isNewWord || before.tag == "ns" || EntityCues.isPersonTag(before.tag) else { break }
            }
            start -= 1
        }
        // The name begins at the first proper name; generic words before it belong to the sentence.
        while start < end, !isProperName(tokens[start]) { start += 1 }
        if start < end { return start }
        // A body the dictionary knows by its whole name (中国科学院, 酒泉卫星发射中心); shorter ones are
        // generic (统计局, 公立医院).
        return last.tag == "nt" && last.length >= 5 ? end : nil
    }

    /// A token that ends the name of a body. A one-character suffix (局, 厅, 馆) ends one only standing
    /// alone or in a word of three characters or more: 全局 and 大局 are no bureaus.
    private func isOrganisation(_ token: Token) -> Bool {
        guard token.kind == .word, let suffix = EntityCues.organisationSuffix(of: token.text)
        else { return false }
        if suffix.unicodeScalars.count > 1 { return true }
        // An idiom or phrase ending that way (总揽全局) is no body either.
        guard token.isNewWord || ["n", "nt", "nz", "ns", ""].contains(token.tag) else { return false }
        return token.length == 1 || token.length >= 3
    }

    private func isPartOfAName(_ token: Token, next: Token) -> Bool {
        guard token.kind == .word || token.kind == .latin else { return false }
        if token.isNewWord || isProperName(token) { return true }
        if token.text == "和" { return next.tag == "vn" || next.tag == "n" }  // 发展和改革委员会
        return ["n", "nz", "vn", "v", "a", "b", "an", "ng", "nl", "j"].contains(token.tag) && !EntityCues.speech.contains(token.text)
    }

    private func isProperName(_ token: Token) -> Bool {
        if token.isNewWord { return token.length >= 2 }
        return ["ns", "nz", "nt"].contains(token.tag) || EntityCues.isPersonTag(token.tag)
            || (token.length >= 3 && endsWithPlaceSuffix(token))
    }

    // MARK: Places

    /// A place at `index` and how many tokens it spans: a name with its administrative suffix (花垣县,
    /// 鹭屿|村), or a name the tags call a place.
    /// Where a place named with its administrative suffix that ends with the token at `end` begins, when
    /// it does: 花垣县 alone; 鹭屿|村 and 大兴安岭|林区, a name and the suffix or a place word ending in one;
    /// 椿|木营|乡 and 蓼|塘村, with the characters the dictionary path left alone before it. `available`
    /// tokens before `end` are free to join (the others are already part of a place).
    private func suffixedPlaceStart(endingAt end: Int, after available: Int) -> Int? {
        let last = tokens[end]
        guard last.kind == .word, endsWithPlaceSuffix(last) else { return nil }
        let whole = last.length >= 3
            && (last.tag == "ns" || last.tag == "nz" || last.isNewWord || EntityCues.isPersonTag(last.tag) || hasRareHead(last))
        let placeWord = last.length <= 2 && (last.length == 1 || (last.tag == "n" && !last.isNewWord))
        let shortName = last.length == 2 && (last.isNewWord || last.tag == "ns" || EntityCues.isPersonTag(last.tag))
        guard whole || placeWord || shortName else { return nil }
        // Back over characters left alone, and before a suffix or place word over one name as well (雷公|坪|林区).
        var start = end
        var nameLength = 0
        var tookName = false
        let lowest = end - min(available, 3)
        while start > lowest, case let previous = tokens[start - 1], !endsWithPlaceSuffix(previous) {
            if isNameCharacter(previous) {
                nameLength += 1
            } else if placeWord || (shortName && previous.isNewWord), !tookName, previous.length >= 2,
                      isPlaceName(previous, beforeKindOfPlace: placeWord && last.length == 2) {
                nameLength += previous.length
                tookName = true
            } else {
                break
            }
            start -= 1
        }
        // A place of three characters or more stands alone. One of two (塘村, and the dictionary's 城市,
        // 山区, 古镇, which are kinds of place) needs a character before it; a suffix needs a name of two
        // characters, a place word one.
        if whole { return start }
        // 十八|洞村: a numeral may begin the name of a place the dictionary lacks.
        if shortName, start == end, last.isNewWord, end > 0, case let numeral = tokens[end - 1], numeral.kind == .word,
           numeral.tag == "m", numeral.text.unicodeScalars.allSatisfy(ChineseNumeral.isNumeralScalar), available > 0 {
            return end - 1
        }
        if shortName { return start < end ? start : nil }
        return nameLength >= (last.length == 1 ? 2 : 1) ? start : nil
    }

    /// Whether `token`, a dictionary word that ends in a suffix but is tagged a common noun (柞水县, 水磨沟区:
    /// the dictionary's tags are not consistent), is a name: what comes before the suffix is no word, or a
    /// rare one, as the gazetteer's entries are. A common word before the suffix (模范村, 开发区, 贫困县),
    /// or a common word for a kind of place at the end (街道|社区), makes a kind of place.
    private func hasRareHead(_ token: Token) -> Bool {
        guard token.tag == "n", !token.isNewWord, let dictionary else { return false }
        let scalars = Array(token.text.unicodeScalars)
        func isRare(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
            var text = String.UnicodeScalarView()
            text.append(contentsOf: part)
            return (dictionary.entry(for: String(text))?.frequency ?? 0) < Self.rareWordFrequency
        }
        // In a word of three characters the last two are the suffix's own word (鲤|城区), not a kind of place.
        return isRare(scalars.dropLast()) && (scalars.count < 4 || isRare(scalars.suffix(2)))
    }

    /// Below this frequency a dictionary word is a rare one: jieba gives most names from its gazetteer 2 to 10.
    private static let rareWordFrequency = 50

    /// Whether `token` may be the name before a place's suffix or a word for a kind of place. A new word
    /// the tagging model calls a verb or an adjective (配强|村, 老旧|小区) is none. Before a kind of place
    /// (农村, 小区, 城市), which a phrase of any noun may end (党管|农村), a new word needs a name's tag.
    private func isPlaceName(_ token: Token, beforeKindOfPlace: Bool) -> Bool {
        if token.tag == "ns" || EntityCues.isPersonTag(token.tag) { return true }
        guard token.isNewWord else { return false }
        if beforeKindOfPlace { return token.tag.isEmpty || token.tag == "nz" }
        return !Self.functionTags.contains(token.tag) && token.tag != "z"
    }

    /// A place the tags name, without a suffix (广州, 日本): backed when a word that leads to a place comes
    /// before it (在, 到, 来自), a word of position after it (边, 一带), or another place is listed with it.
    func namedPlace(at index: Int) -> (EntityMention, Int)? {
        let token = tokens[index]
        // A word ending in a suffix (城市, 山区, 古镇) is a kind of place, not one, unless the suffix rule took it.
        guard token.kind == .word, token.tag == "ns", token.length >= 2, !token.isNewWord, !endsWithPlaceSuffix(token)
        else { return nil }
        let led = (index > 0 && EntityCues.placeLeads.contains(tokens[index - 1].text))
            || (index + 1 < tokens.count && EntityCues.placeFollowers.contains(tokens[index + 1].text))
        let listed = (index >= 2 && tokens[index - 1].text == "、" && tokens[index - 2].tag == "ns")
            || (index + 2 < tokens.count && tokens[index + 1].text == "、" && tokens[index + 2].tag == "ns")
        // An address names places from the largest down, with nothing between them: 安徽|全椒县, 武汉|青山区,
        // 鲤城区|西街. The neighbour must be a place with its suffix: the dictionary tags some verbs as places
        // too (扎根|黄土高原), and a word of two characters ending in a suffix (山村, 城区) is a kind of place.
        func isPlace(_ neighbour: Token) -> Bool {
            neighbour.tag == "ns" && neighbour.length >= 3 && endsWithPlaceSuffix(neighbour)
        }
        // After a place, a direction (花垣县|西北) is a position in it, not a place of its own.
        let isDirection = token.text.unicodeScalars.allSatisfy { "东南西北中".unicodeScalars.contains($0) }
        let inAddress = (index > 0 && isPlace(tokens[index - 1]) && !isDirection)
            || (index + 1 < tokens.count && isPlace(tokens[index + 1]))
        return (EntityMention(kind: .place, name: token.text, hasEvidence: led || listed || inAddress), 1)
    }

    /// A character standing alone that may belong to a name: not a function word, numeral, verb or suffix.
    private func isNameCharacter(_ token: Token) -> Bool {
        Self.isNameCharacter(token)
    }

    static func isNameCharacter(_ token: Token) -> Bool {
        token.kind == .word && token.length == 1 && !token.isNewWord && !functionTags.contains(token.tag)
            && !token.text.unicodeScalars.contains(where: EntityCues.placeSuffixes.contains)
            && !EntityCues.organisationSuffixes.contains(token.text)
    }

    private func endsWithPlaceSuffix(_ token: Token) -> Bool {
        token.text.unicodeScalars.last.map(EntityCues.placeSuffixes.contains) ?? false
    }

    // MARK: People

    /// A person at `index` and how many tokens the name spans: a word tagged as a name or one the
    /// dictionary lacks, or a surname and the word after it (王|建宇), with the evidence around it.
    func person(at index: Int) -> (EntityMention, Int)? {
        let token = tokens[index]
        guard token.kind == .word else { return nil }
        let titled = index > 0 && isRole(tokens[index - 1]) && !isCounted(role: index - 1)
        let tagged = EntityCues.isPersonTag(token.tag)
        // 王|建宇, 闻人|淑琬: a surname the dictionary tags as a name, then the given name, between a title
        // and whatever follows or before a word of saying.
        if tagged || token.isNewWord, token.length <= 2, index + 1 < tokens.count, case let given = tokens[index + 1],
           isGivenName(given), token.length + given.length <= 4,
           (tagged && token.length + given.length >= 2 && titled) || isSaid(after: index + 1) {
            return (EntityMention(kind: .person, name: token.text + given.text, hasEvidence: true), 2)
        }
        // 二十大 is a congress: no name starts with two numerals.
        let startsWithNumerals = token.text.unicodeScalars.prefix(2).allSatisfy(ChineseNumeral.isNumeralScalar)
        guard (2...4).contains(token.length), tagged || (token.isNewWord && token.length <= 3),
              !(token.length >= 3 && endsWithPlaceSuffix(token)), !startsWithNumerals
        else { return nil }
        let said = isSaid(after: index)
        // A new word the HMM does not tag as a name needs a word of saying: titles come before common nouns too.
        guard said || tagged else { return nil }
        // After a name the dictionary or the HMM tags, a title says it too: 习近平总书记, 石缃蓉书记.
        let titledAfter = tagged && index + 1 < tokens.count && isRole(tokens[index + 1])
        return (EntityMention(kind: .person, name: token.text, hasEvidence: said || titled || titledAfter,
                              isNewWord: token.isNewWord), 1)
    }

    /// A given name after a surname: one or two characters that are not a function word or a cue.
    private func isGivenName(_ token: Token) -> Bool {
        token.kind == .word && (1...2).contains(token.length) && !Self.functionTags.contains(token.tag)
            && !EntityCues.speech.contains(token.text) && !EntityCues.honorifics.contains(token.text)
            && !EntityCues.roles.contains(token.text) && !endsWithPlaceSuffix(token)
    }

    private func isRole(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isNewWord else { return false }
        if EntityCues.roles.contains(token.text) { return true }
        return token.length >= 2 && token.tag.hasPrefix("n") && !EntityCues.isPersonTag(token.tag)
            && token.text.unicodeScalars.last.map(EntityCues.roleEndings.contains) == true
    }

    /// Whether the role at `index` is counted (1名乡镇领导班子成员, 两位专家): a number of people, whom
    /// the clause goes on to say what they do (包村, 驻村), not the title of the name after it.
    private func isCounted(role index: Int) -> Bool {
        var before = index - 1
        while before >= 0, index - before <= 3, ["n", "b", "nz", "nt", "vn", "j", "l"].contains(tokens[before].tag) {
            before -= 1
        }
        guard before >= 0 else { return false }
        let word = tokens[before]
        return word.tag == "q" || (word.tag == "m" && word.text.unicodeScalars.last.map { "名位个批".unicodeScalars.contains($0) } == true)
    }

    /// The word after `index` is one of saying, or a way of addressing a person.
    private func isSaid(after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1].text
        return EntityCues.speech.contains(next) || EntityCues.honorifics.contains(next)
    }

    func text(_ range: ClosedRange<Int>) -> String {
        tokens[range].map(\.text).joined()
    }

    // MARK: Refining the HMM's words

    /// The tokens with the HMM's commonest slips undone: a preposition glued before a new word (由|岭峤)
    /// and a verb of saying glued after one (李阿三|说) stand apart again.
    static func refined(_ tokens: [Token], dictionary: WordDictionary?) -> [Token] {
        var refined: [Token] = []
        refined.reserveCapacity(tokens.count)
        for token in tokens {
            guard token.isNewWord, token.length >= 2 else {
                refined.append(token)
                continue
            }
            var scalars = Array(token.text.unicodeScalars)
            var start = token.start
            var lead: Token?
            var trail: Token?
            let first = String(scalars[0])
            if demonstratives.contains(first) || prepositions.contains(first) || statusPrefixes.contains(first) {
                lead = Token(text: first, kind: .word, tag: statusPrefixes.contains(first) ? "b" : "p", start: start, length: 1)
                scalars.removeFirst()
                start += 1
            } else if EntityCues.placeSuffixes.contains(scalars[0]), let previous = refined.last,
                      previous.end == token.start, previous.tag == "ns" || previous.isNewWord {
                // 西坪|镇坊|城新村: the suffix glued after a place ends that place; what follows starts a name.
                lead = Token(text: first, kind: .word, tag: "n", start: start, length: 1)
                scalars.removeFirst()
                start += 1
            }
            if scalars.count >= 3, let last = scalars.last, EntityCues.speech.contains(String(last)) {
                trail = Token(text: String(last), kind: .word, tag: "v", start: start + scalars.count - 1, length: 1)
                scalars.removeLast()
            }
            if let lead { refined.append(lead) }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            // What is left of one character is no word the model tagged (从原 → 原, 这是 → 是): it has the
            // dictionary's tag of that character, if any.
            let text = String(view)
            let tag = scalars.count >= 2 ? token.tag : dictionary?.entry(for: text)?.tag ?? ""
            refined.append(Token(text: text, kind: .word, tag: tag, start: start, length: scalars.count,
                                 isNewWord: scalars.count >= 2))
            if let trail { refined.append(trail) }
        }
        return refined
    }

    /// The tokens with every run of two or more name characters the dictionary path left standing alone
    /// (沅|澧, 鳌|川) joined into one new word: jieba's HMM, seeing each as a word of its own, leaves
    /// them apart, and the name they spell is then lost.
    static func joined(_ tokens: [Token]) -> [Token] {
        var joined: [Token] = []
        joined.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            var end = index
            while end < tokens.count, isNameCharacter(tokens[end]), end == index || tokens[end].start == tokens[end - 1].end {
                end += 1
            }
            if end - index >= 2 {
                let text = tokens[index..<end].map(\.text).joined()
                joined.append(Token(text: text, kind: .word, tag: "", start: tokens[index].start, length: end - index,
                                    isNewWord: true))
                index = end
            } else {
                joined.append(tokens[index])
                index += 1
            }
        }
        return joined
    }
}
