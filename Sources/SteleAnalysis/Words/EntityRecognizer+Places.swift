import SteleSupport
import SteleText

/// Places: names with their administrative suffix, names the tags call places, and addresses.
extension EntityRecognizer {
    /// A dictionary word made of an adjective, a pronoun or a numeral and a kind of place, which the
    /// dictionary may tag as a place (大城市, 各乡镇) though it names none — or may (宽城区 is a district):
    /// such a word needs the context of a place.
    func looksLikeAKindOfPlace(_ parts: [Token]) -> Bool {
        guard parts.count == 1, let word = parts.first, !word.isNewWord, word.length == 3, let dictionary
        else { return false }
        let scalars = word.text.unicodeScalars
        let head = String(scalars: scalars.prefix(1))
        let tail = String(scalars: scalars.dropFirst())
        // An adjective (大, 旧), a pronoun (各, 本) or a numeral before it.
        return ["a", "r", "m"].contains(dictionary.entry(for: head)?.tag) && dictionary.contains(tail)
    }

    /// Whether the token that ends `before` leads to a place: 在, 到, or a place above it (吉林长春|宽城区).
    func isPlaceLed(before: [Token]) -> Bool {
        guard let previous = before.last else { return false }
        return EntityCues.placeLeads.contains(previous.text) || previous.tag == "ns"
    }

    /// Where a place named with its administrative suffix that ends with the token at `end` begins, when
    /// it does: 花垣县 alone; 鹭屿|村 and 大兴安岭|林区, a name and the suffix or a place word ending in one;
    /// 椿|木营|乡 and 蓼|塘村, with the characters the dictionary path left alone before it. `available`
    /// tokens before `end` are free to join (the others are already part of a place).
    func suffixedPlaceStart(endingAt end: Int, after available: Int) -> Int? {
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
                      isPlaceName(previous, beforeKindOfPlace: placeWord && last.length == 2)
                        || (last.length == 1 && (isCommonWordNamingAPlace(previous, after: start - 2)
                                                 || Self.isIslandName(previous, before: last.text))) {
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
    func hasRareHead(_ token: Token) -> Bool {
        guard token.tag == "n", !token.isNewWord, let dictionary else { return false }
        let scalars = token.text.unicodeScalars
        func isRare(_ part: Substring.UnicodeScalarView) -> Bool {
            (dictionary.entry(for: String(scalars: part))?.frequency ?? 0) < Self.rareWordFrequency
        }
        // In a word of three characters the last two are the suffix's own word (鲤|城区), not a kind of place.
        return isRare(scalars.dropLast()) && (scalars.count < 4 || isRare(scalars.suffix(2)))
    }

    /// Below this frequency a dictionary word is a rare one: jieba gives most names from its gazetteer 2 to 10.
    static let rareWordFrequency = 50

    /// Whether `word`, a common noun before a suffix, names the place in an address: villages and streets
    /// are often named with common words (长征村, 胜利村), and after the place above them (贡江镇|长征|村) they
    /// are names; alone (全村, 一个|模范|村) they are not.
    private func isCommonWordNamingAPlace(_ word: Token, after index: Int) -> Bool {
        guard index >= 0, word.kind == .word, !word.isNewWord, ["n", "nz"].contains(word.tag) else { return false }
        let above = tokens[index]
        // A suffix standing alone (太和|镇|永丰|村) ends a place too; 全村 and 城市 are kinds of place.
        return above.kind == .word && (above.tag == "ns" || (above.length != 2 && endsWithPlaceSuffix(above)))
    }

    /// Whether `word`, a common noun of two characters before 岛, names the island: islands are named
    /// after things (蛤蜊岛, 鸬鹚岛, 鸡心岛), where a common noun before 村 or 县 makes a kind of place
    /// (模范村), and the kinds of island (海岛, 荒岛, 半岛) are words of their own.
    static func isIslandName(_ word: Token, before suffix: String) -> Bool {
        suffix.hasSameBytes(as: "岛") && word.kind == .word && !word.isNewWord && word.length == 2 && word.tag == "n"
    }

    /// Whether `token` may be the name before a place's suffix or a word for a kind of place. A new word
    /// the tagging model calls a verb or an adjective (配强|村, 老旧|小区) is none. Before a kind of place
    /// (农村, 小区, 城市), which a phrase of any noun may end (党管|农村), a new word needs a name's tag.
    func isPlaceName(_ token: Token, beforeKindOfPlace: Bool) -> Bool {
        if token.tag == "ns" || EntityCues.isPersonTag(token.tag) { return true }
        guard token.isNewWord else { return false }
        if beforeKindOfPlace { return token.tag.isEmpty || token.tag == "nz" }
        return !Self.functionTags.contains(token.tag) && token.tag != "z"
    }

    /// A place the tags name, without a suffix (广州, 日本): backed when a word that leads to a place comes
    /// before it (在, 到, 来自), a word of position after it (边, 一带), another place is listed with it, or
    /// it is part of an address.
    func namedPlace(at index: Int) -> (EntityMention, Int)? {
        let token = tokens[index]
        // A word ending in a suffix (城市, 山区, 古镇) is a kind of place, not one, unless the suffix rule took it.
        guard token.kind == .word, token.tag == "ns", token.length >= 2, !token.isNewWord, !endsWithPlaceSuffix(token)
        else { return nil }
        let led = (index > 0 && EntityCues.placeLeads.contains(tokens[index - 1].text))
            || (index + 1 < tokens.count && EntityCues.placeFollowers.contains(tokens[index + 1].text))
        let listed = (index >= 2 && tokens[index - 1].text.hasSameBytes(as: "、") && tokens[index - 2].tag == "ns")
            || (index + 2 < tokens.count && tokens[index + 1].text.hasSameBytes(as: "、") && tokens[index + 2].tag == "ns")
        // An address names places from the largest down, with nothing between them: 安徽|全椒县, 武汉|青山区,
        // 鲤城区|西街. The neighbour must be a place with its suffix: the dictionary tags some verbs as places
        // too (扎根|黄土高原), and a word of two characters ending in a suffix (山村, 城区) is a kind of place.
        func isPlace(_ neighbour: Token) -> Bool {
            neighbour.tag == "ns" && neighbour.length >= 3 && endsWithPlaceSuffix(neighbour)
        }
        // After a place, a direction (花垣县|西北) is a position in it, not a place of its own.
        let isDirection = token.text.unicodeScalars.allSatisfy(EntityCues.directions.contains)
        // Before it, the address may go on through other names without a suffix (江西|赣州|于都县).
        var next = index + 1
        while next < tokens.count, next - index <= 3, tokens[next].tag == "ns", !endsWithPlaceSuffix(tokens[next]) { next += 1 }
        let inAddress = (index > 0 && isPlace(tokens[index - 1]) && !isDirection)
            || (next < tokens.count && isPlace(tokens[next]))
        return (EntityMention(kind: .place, name: token.text, hasEvidence: led || listed || inAddress), 1)
    }

    /// A character standing alone that may belong to a name: not a function word, numeral, verb or suffix.
    func isNameCharacter(_ token: Token) -> Bool {
        Self.isNameCharacter(token)
    }

    static func isNameCharacter(_ token: Token) -> Bool {
        token.kind == .word && token.length == 1 && !token.isNewWord && !functionTags.contains(token.tag)
            && !token.text.unicodeScalars.contains(where: EntityCues.placeSuffixes.contains)
            && !EntityCues.organisationWords.contains(token.text)
    }

    func endsWithPlaceSuffix(_ token: Token) -> Bool {
        token.text.unicodeScalars.last.map(EntityCues.placeSuffixes.contains) ?? false
    }
}
