import SteleText

/// The HMM's words, refined before the rules read them.
extension EntityRecognizer {
    /// The tokens but spaces, with the HMM's commonest slips undone: a preposition glued before a new
    /// word (由|岭峤), a caption's opening glued before one or made one (图为|霁川, 图为), the last
    /// character of a role glued before a surname (守桥|人鲁秉忠, 守林|人龙|德旺) and a verb of saying
    /// glued after one (李阿三|说) stand apart again.
    static func refined(_ tokens: [Token], dictionary: WordDictionary?) -> [Token] {
        var refined: [Token] = []
        refined.reserveCapacity(tokens.count)
        // Spaces left out here rather than by a copy of the list without them: every copy of an
        // article's tokens retains and releases two strings per token.
        for (index, token) in tokens.enumerated() where token.kind != .space {
            if !token.isNewWord, token.length == 2, isRoleEndingBeforeSurname(token, after: refined),
               index + 1 < tokens.count, case let next = tokens[index + 1], next.start == token.end,
               EntityCues.isPersonTag(next.tag), (1...2).contains(next.length) {
                // 守林|人龙|德旺: a dictionary word (人龙, "a queue of people") made of a role's last
                // character and the surname of the given name after it, which the HMM tags.
                let scalars = Array(token.text.unicodeScalars)
                endRole(with: scalars[0], in: &refined)
                let surname = String(scalars[1])
                refined.append(Token(text: surname, kind: .word, tag: dictionary?.entry(for: surname)?.tag ?? "",
                                     start: token.start + 1, length: 1))
                continue
            }
            guard token.isNewWord, token.length >= 2 else {
                refined.append(token)
                continue
            }
            var scalars = Array(token.text.unicodeScalars)
            var start = token.start
            var lead: Token?
            var trail: Token?
            let first = String(scalars[0])
            if let opener = captionOpener(opening: scalars) {
                // A verb phrase ("is shown"), so that no rule reads it as the start of a name.
                let length = opener.unicodeScalars.count
                refined.append(Token(text: opener, kind: .word, tag: "v", start: start, length: length))
                guard scalars.count > length else { continue }
                scalars.removeFirst(length)
                start += length
            } else if demonstratives.contains(first) || prepositions.contains(first) || statusPrefixes.contains(first) {
                lead = Token(text: first, kind: .word, tag: statusPrefixes.contains(first) ? "b" : "p", start: start, length: 1)
                scalars.removeFirst()
                start += 1
            } else if (3...4).contains(scalars.count), !EntityCues.placeSuffixes.contains(scalars[scalars.count - 1]),
                      isRoleEndingBeforeSurname(token, after: refined) {
                // 守桥|人鲁秉忠, 乡|医蒙秀芝: the role (守桥人, 乡医) ends where the name begins.
                endRole(with: scalars[0], in: &refined)
                scalars.removeFirst()
                start += 1
            } else if EntityCues.placeSuffixes.contains(scalars[0]), let previous = refined.last,
                      previous.end == token.start,
                      previous.tag == "ns" || previous.isNewWord || isIslandName(previous, before: first) {
                // 西坪|镇坊|城新村: the suffix glued after a place ends that place; what follows starts a name.
                // So does 岛 after a noun, which names an island (鸬鹚|岛至|洞头: 鸬鹚岛, then 至).
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

    /// Joins `character`, a role's last, to the word before it, the rest of the role: 守林 + 人 is 守林人,
    /// a title for the name after it.
    private static func endRole(with character: Unicode.Scalar, in refined: inout [Token]) {
        let rest = refined.removeLast()
        refined.append(Token(text: rest.text + String(character), kind: .word, tag: "n", start: rest.start,
                             length: rest.length + 1))
    }

    /// Whether `token` opens with the last character of a role (人, 员, 长, 师, 医) and a surname, right
    /// after a word that the character ends: 守桥|人鲁秉忠, 乡|医蒙秀芝. A surname that also ends a role
    /// (师) is read as that role: 医师|王丽 is a physician.
    private static func isRoleEndingBeforeSurname(_ token: Token, after refined: [Token]) -> Bool {
        guard token.kind == .word, token.length >= 2 else { return false }
        var scalars = token.text.unicodeScalars.makeIterator()
        guard let first = scalars.next(), EntityCues.roleEndings.contains(first), let second = scalars.next(),
              EntityCues.surnames.contains(second), !EntityCues.roleEndings.contains(second),
              let last = refined.indices.last
        else { return false }
        return refined[last].kind == .word && refined[last].end == token.start
            && !closedClassTags.contains(refined[last].tag)
    }

    /// The caption opening (`captionOpeners`) that `scalars` begin with, if any.
    private static func captionOpener(opening scalars: [Unicode.Scalar]) -> String? {
        captionOpeners.first { opener in
            let prefix = opener.unicodeScalars
            return scalars.count >= prefix.count && scalars.prefix(prefix.count).elementsEqual(prefix)
        }
    }

    /// The tokens with every run of two or more name characters the dictionary path left standing alone
    /// (沅|澧, 鳌|川) joined into one new word: jieba's HMM, seeing each as a word of its own, leaves
    /// them apart, and the name they spell is then lost.
    static func joined(_ tokens: consuming [Token]) -> [Token] {
        // Joined in place: a run becomes one token where it began, the tokens after it move up.
        var tokens = tokens
        var kept = 0
        var index = 0
        while index < tokens.count {
            var end = index
            while end < tokens.count, isNameCharacter(tokens[end]), end == index || tokens[end].start == tokens[end - 1].end {
                end += 1
            }
            if end - index >= 2 {
                let text = tokens[index..<end].map(\.text).joined()
                tokens[kept] = Token(text: text, kind: .word, tag: "", start: tokens[index].start, length: end - index,
                                     isNewWord: true)
                index = end
            } else {
                if kept != index { tokens[kept] = tokens[index] }
                index += 1
            }
            kept += 1
        }
        tokens.removeLast(tokens.count - kept)
        return tokens
    }
}
