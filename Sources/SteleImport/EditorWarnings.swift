import SteleText

/// Spots in a line that an editor should look at but the importer cannot safely repair.
enum EditorWarnings {
    /// Warnings for one source line: Latin words standing in Chinese text, and doubled characters.
    package static func check(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return latinWords(in: scalars).map { "Latin word \"\($0)\" in Chinese text" }
            + doubledCharacters(in: scalars).map { "doubled character \"\($0.pair)\" in \"\($0.context)\"" }
    }

    /// All-lowercase Latin words with Chinese on both sides (`社会组织 and 律师`): a stray word from
    /// another language. Capitalised words and acronyms (GDP, iPhone) are left alone.
    static func latinWords(in scalars: [Unicode.Scalar]) -> [String] {
        var protected = RangeCursor(PunctuationNormalizer.urlRanges(in: scalars))
        var words: [String] = []
        var index = 0
        while index < scalars.count {
            guard scalars[index].isASCIILetter else {
                index += 1
                continue
            }
            let start = index
            while index < scalars.count, scalars[index].isASCIILetter { index += 1 }
            let word = scalars[start..<index]
            guard word.allSatisfy({ ("a"..."z").contains($0) }),
                  !protected.overlaps(start..<index),
                  neighbour(of: start, step: -1, in: scalars)?.isChineseText == true,
                  neighbour(of: index - 1, step: 1, in: scalars)?.isChineseText == true
            else { continue }
            words.append(String(String.UnicodeScalarView(word)))
        }
        return words
    }

    /// The same ideograph twice in a row (`到到`, `从从`), unless that is fine:
    /// - doubling the ideograph makes a word (常常, 渐渐), or ICU reads the pair as one word (天天);
    /// - it is half of an AABB form (兢兢业业, 踏踏实实);
    /// - a word ends with it and the next begins with it (工作|作出, 全国|国有), as ICU's dictionary splits them;
    /// - it is a unit or body that ends one noun and begins the next (工作队|队员, 提纯班|班长);
    /// - jieba's dictionary knows the verb's `X一X` form or tags the ideograph a measure word: Chinese
    ///   doubles verbs for "a little" (说说, since 说一说) and measure words for "every" (次次, 个个).
    ///   A verb that never takes the form (到到) stays a typo.
    static func doubledCharacters(in scalars: [Unicode.Scalar]) -> [(pair: String, context: String)] {
        var found: [(pair: String, context: String)] = []
        var words: [Range<Int>]?
        // Read once per text, not once per pair (each read asks the file system whether it changed).
        lazy var dictionary = try? WordDictionary.load(path: WordDictionary.jiebaPath)
        for index in scalars.indices.dropFirst() {
            let scalar = scalars[index]
            // 〇〇 is a number (二〇〇四), never a typo.
            guard scalar.isHan, scalar != "〇", scalars[index - 1] == scalar, !Reduplications.characters.contains(scalar),
                  !Self.collectiveNouns.contains(scalar)
            else { continue }
            let isAABB = index + 2 < scalars.count && scalars[index + 1] != scalar && scalars[index + 1] == scalars[index + 2]
            let isBBofAABB = index >= 3 && scalars[index - 2] != scalar && scalars[index - 2] == scalars[index - 3]
            if isAABB || isBBofAABB { continue }
            if let dictionary, Self.doublesAsGrammar(scalar, before: scalars[(index + 1)...], in: dictionary) { continue }
            if words == nil { words = WordBreaks.words(in: scalars) ?? [] }
            let left = words.flatMap { Self.word(containing: index - 1, in: $0) }
            let right = words.flatMap { Self.word(containing: index, in: $0) }
            if let left, let right {
                if left == right { continue }  // one word, such as 天天
                if left.count > 1 && right.count > 1 { continue }  // 工作|作出
            }
            let context = scalars[max(0, index - 3)..<min(scalars.count, index + 3)]
            found.append((String(repeating: String(Character(scalar)), count: 2), String(String.UnicodeScalarView(context))))
        }
        return found
    }

    /// Whether jieba's dictionary shows `scalar` doubling as grammar: a verb it knows in the `X一X` form
    /// (说一说), or one followed by its object or the clause's end (发发红包: 红包 is a noun), or a measure
    /// word (q). A verb before a number (每到到一个) is a typo. Without the dictionary, nothing is excused.
    static func doublesAsGrammar(_ scalar: Unicode.Scalar, before rest: ArraySlice<Unicode.Scalar>,
                                 in dictionary: WordDictionary) -> Bool {
        guard let tag = dictionary.entry(for: String(Character(scalar)))?.tag else { return false }
        let single = String(Character(scalar))
        if tag == "q" || dictionary.contains(single + "一" + single) { return true }
        guard tag == "v" else { return false }
        guard let next = rest.first, next.isHan else { return true }  // the clause ends: 想想。
        // The longest word the dictionary has at the start of what follows.
        let following = (1...min(4, rest.count)).reversed().lazy
            .compactMap { dictionary.entry(for: String(String.UnicodeScalarView(rest.prefix($0)))) }
            .first { $0.frequency > 0 }
        guard let objectTag = following?.tag else { return false }
        return objectTag.hasPrefix("n") || objectTag == "r"
    }

    /// The word of `words` (sorted, adjacent ranges) that holds scalar `index`, by binary search.
    static func word(containing index: Int, in words: [Range<Int>]) -> Range<Int>? {
        var low = 0, high = words.count
        while low < high {
            let middle = (low + high) / 2
            if words[middle].upperBound <= index { low = middle + 1 } else { high = middle }
        }
        return low < words.count && words[low].contains(index) ? words[low] : nil
    }

    /// Units, bodies and places that end one noun and begin the next (共产党|党员, 工作队|队员, 全村|村民).
    static let collectiveNouns: ScalarSet = ScalarSet("党队班组部会局厂院校所站团室处科社委省市县区乡镇村".unicodeScalars)

    /// The nearest character that is not a space, going `step` from `index`.
    private static func neighbour(of index: Int, step: Int, in scalars: [Unicode.Scalar]) -> Unicode.Scalar? {
        var position = index + step
        while scalars.indices.contains(position), scalars[position] == " " { position += step }
        return scalars.indices.contains(position) ? scalars[position] : nil
    }
}
