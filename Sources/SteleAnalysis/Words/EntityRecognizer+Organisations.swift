import SteleSupport
import SteleText

/// Bodies: a proper name and the words of a body (鳌川钢铁集团).
extension EntityRecognizer {
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
    func isOrganisation(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        if isNumberedSchool(token) { return true }
        guard let suffix = EntityCues.organisationSuffix(of: token.text) else { return false }
        if suffix.unicodeScalars.count > 1 { return true }
        // An idiom or phrase ending that way (总揽全局) is no body either.
        guard token.isNewWord || ["n", "nt", "nz", "ns", ""].contains(token.tag) else { return false }
        return token.length == 1 || token.length >= 3
    }

    func isPartOfAName(_ token: Token, next: Token) -> Bool {
        guard token.kind == .word || token.kind == .latin else { return false }
        if token.isNewWord || isProperName(token) || isOrdinal(token) { return true }
        if token.text.hasSameBytes(as: "和") { return next.tag == "vn" || next.tag == "n" }  // 发展和改革委员会
        return ["n", "nz", "vn", "v", "a", "b", "an", "ng", "nl", "j"].contains(token.tag) && !EntityCues.speech.contains(token.text)
    }

    /// 第二 in 浠岚县第二中学 and 第一 in 霁川市第一人民医院: schools and hospitals of a place are told
    /// apart by number, and the number is part of the name.
    func isOrdinal(_ token: Token) -> Bool {
        guard token.length >= 2, token.text.unicodeScalars.first == "第" else { return false }
        return token.text.unicodeScalars.dropFirst().allSatisfy(ChineseNumeral.isNumeralScalar)
    }

    /// 二中 and 三小, a school by its number as a place's people call it (松桃县二中: its second middle
    /// school). Like any body's, its name needs a proper name before it. Asked of every word token: the
    /// length and the last character rule out nearly all of them before the characters are read.
    func isNumberedSchool(_ token: Token) -> Bool {
        let scalars = token.text.unicodeScalars
        guard (2...3).contains(token.length), let last = scalars.last, last == "中" || last == "小" else { return false }
        return scalars.dropLast().allSatisfy { ChineseNumeral.digits[$0] != nil || $0 == "十" }
    }

    func isProperName(_ token: Token) -> Bool {
        if token.isNewWord { return token.length >= 2 }
        return ["ns", "nz", "nt"].contains(token.tag) || EntityCues.isPersonTag(token.tag)
            || (token.length >= 3 && endsWithPlaceSuffix(token))
    }
}
