import SteleText

/// People: names with a title before them or a word of saying after them.
extension EntityRecognizer {
    /// A person at `index` and how many tokens the name spans: a word tagged as a name or one the
    /// dictionary lacks, or a surname and the word after it (王|建宇), with the evidence around it.
    func person(at index: Int) -> (EntityMention, Int)? {
        if let surnamed = surnamedPerson(at: index) { return surnamed }
        let token = tokens[index]
        let tagged = EntityCues.isPersonTag(token.tag)
        // Every rule below starts from a word tagged as a name or a new one: most words are neither,
        // and need not have the words around them looked at.
        guard token.kind == .word, tagged || token.isNewWord else { return nil }
        let titled = isTitled(at: index)
        // 王|建宇, 闻人|淑琬: a surname the dictionary tags as a name, then the given name, between a title
        // and whatever follows or before a word of saying; or a new word that starts with a common
        // surname (龙玥|溪介绍). Another new word the HMM does not tag as a name is most often the role
        // before the name (村医|石淼说).
        let startsWithSurname = token.text.unicodeScalars.first.map(EntityCues.surnames.contains) ?? false
        if tagged || (token.isNewWord && startsWithSurname), token.length <= 2, index + 1 < tokens.count,
           case let given = tokens[index + 1], isGivenName(given), token.length + given.length <= 4,
           (tagged && token.length + given.length >= 2 && titled) || isSaid(after: index + 1) {
            return (EntityMention(kind: .person, name: token.text + given.text, hasEvidence: true), 2)
        }
        // 二十大 is a congress: no name starts with two numerals.
        let startsWithNumerals = token.text.unicodeScalars.prefix(2).allSatisfy(ChineseNumeral.isNumeralScalar)
        guard (2...4).contains(token.length), tagged || (token.isNewWord && token.length <= 3),
              !(token.length >= 3 && endsWithPlaceSuffix(token)), !startsWithNumerals
        else { return nil }
        let said = isSaid(after: index)
        // A new word the HMM does not tag as a name needs a word of saying, or a title and a common surname
        // to start with (守桥人|鲁秉忠是…): titles come before common nouns too.
        guard said || tagged || (titled && startsWithSurname) else { return nil }
        // After a name the dictionary or the HMM tags, a title says it too: 习近平总书记, 石缃蓉书记.
        let titledAfter = tagged && index + 1 < tokens.count && isRole(tokens[index + 1])
        return (EntityMention(kind: .person, name: token.text, hasEvidence: said || titled || titledAfter,
                              isNewWord: token.isNewWord), 1)
    }

    /// 校长戴|禩晗说, 书记黄|海燕指出: a surname the dictionary reads as a word of its own (戴 "to wear", 黄
    /// "yellow"; a word tagged as a name is the rule above's), then the given name, said to be a person by
    /// a word of saying after them, or by a title before them when the given name is one the HMM found or
    /// a name. A character of the closed classes is no surname: 记者向|李明介绍.
    private func surnamedPerson(at index: Int) -> (EntityMention, Int)? {
        let surname = tokens[index]
        guard surname.kind == .word, surname.length == 1, !surname.isNewWord, !EntityCues.isPersonTag(surname.tag),
              !Self.closedClassTags.contains(surname.tag),
              let scalar = surname.text.unicodeScalars.first, EntityCues.surnames.contains(scalar),
              index + 1 < tokens.count, case let given = tokens[index + 1], isGivenName(given)
        else { return nil }
        let titled = isTitled(at: index)
        let named = given.isNewWord || EntityCues.isPersonTag(given.tag)
        guard isSaid(after: index + 1) || (titled && named) else { return nil }
        return (EntityMention(kind: .person, name: surname.text + given.text, hasEvidence: true), 2)
    }

    /// A title comes right before `index` and names who follows (记者王建宇), not how many (两位专家).
    private func isTitled(at index: Int) -> Bool {
        index > 0 && isRole(tokens[index - 1]) && !isCounted(role: index - 1)
    }

    /// A given name after a surname: one or two characters that are not a function word or a cue.
    func isGivenName(_ token: Token) -> Bool {
        token.kind == .word && (1...2).contains(token.length) && !Self.functionTags.contains(token.tag)
            && !EntityCues.speech.contains(token.text) && !EntityCues.honorifics.contains(token.text)
            && !EntityCues.roles.contains(token.text) && !endsWithPlaceSuffix(token)
    }

    func isRole(_ token: Token) -> Bool {
        guard token.kind == .word, !token.isNewWord else { return false }
        if EntityCues.roles.contains(token.text) { return true }
        return token.length >= 2 && token.tag.hasPrefix("n") && !EntityCues.isPersonTag(token.tag)
            && token.text.unicodeScalars.last.map(EntityCues.roleEndings.contains) == true
    }

    /// Whether the role at `index` is counted (1名乡镇领导班子成员, 两位专家): a number of people, whom
    /// the clause goes on to say what they do (包村, 驻村), not the title of the name after it.
    func isCounted(role index: Int) -> Bool {
        var before = index - 1
        while before >= 0, index - before <= 3, ["n", "b", "nz", "nt", "vn", "j", "l"].contains(tokens[before].tag) {
            before -= 1
        }
        guard before >= 0 else { return false }
        let word = tokens[before]
        return word.tag == "q" || (word.tag == "m" && word.text.unicodeScalars.last.map { "名位个批".unicodeScalars.contains($0) } == true)
    }

    /// The word after `index` is one of saying, or a way of addressing a person.
    func isSaid(after index: Int) -> Bool {
        guard index + 1 < tokens.count else { return false }
        let next = tokens[index + 1].text
        return EntityCues.speech.contains(next) || EntityCues.honorifics.contains(next)
    }

    func text(_ range: ClosedRange<Int>) -> String {
        tokens[range].map(\.text).joined()
    }
}
