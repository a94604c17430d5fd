import Foundation
import SteleSupport
import SteleText

/// Finds the figures a paragraph cites: a number (Arabic, Chinese or both, scaled by 万/亿) with its
/// approximation words, its unit or measure word, and the noun it counts.
///
/// Dates (2021年, 8月, 9日), ages (78岁), ordinals (第一书记, 二十大, 七届) and 一 used as the article
/// "a" (一个地方) are left out; so are slogans that are a number and a word in quotation marks
/// (“两个维护”) and words that merely contain a numeral (十分, 统一).
public struct QuantityScanner: Sendable {
    let units: UnitDictionary

    /// A scanner that knows the common units only.
    public init() {
        units = UnitDictionary()
    }

    /// A scanner that also knows the units of the dictionary `segmenter` cuts with (艘次, 标准箱, 颗).
    public init(segmenter: any WordSegmenter) {
        units = UnitDictionary(segmenter: segmenter)
    }

    /// The quantities of `text`, whose `tokens` come from a `WordSegmenter` (they tell words from numerals
    /// and give the counted noun its extent).
    public func quantities(in text: String, tokens: [Token]) -> [Quantity] {
        let scanner = Pass(scalars: Array(text.unicodeScalars), tokens: tokens, units: units)
        return scanner.run()
    }

    /// Expressions whose numeral is not a count: 十分 "very", 二次 "secondary" (a count of two is 两次),
    /// 四处 "everywhere", 四周 and 四面 "all around".
    static let idioms: [[Unicode.Scalar]] = ["十分", "二次", "四处", "四周", "四面"].map { Array($0.unicodeScalars) }
    /// Words before a numeral that make it an ordinal or a weekday: 第一, 初三, 周一, 星期三.
    static let ordinalMarkers: [[Unicode.Scalar]] = ["第", "初", "周", "星期", "礼拜"].map { Array($0.unicodeScalars) }
    static let openingQuotes: ScalarSet = ["“", "「", "『", "‘", "\"", "《"]
    /// The scalars a figure can start with: a numeral's (百 of 百分之 among them), 半, and the first of
    /// each approximation word. Most scalars of a text are none of these: no need to try 百分之 and
    /// some twenty approximation words, each read scalar by scalar, at every one of them.
    static let figureStarts: ScalarSet = ScalarSet(
        Approximation.prefixes.compactMap(\.word.unicodeScalars.first) + ["半"])
    static let closingQuotes: ScalarSet = ["”", "」", "』", "’", "\"", "》"]

    /// One scan of one paragraph. A class: the scan's helpers are methods, and a struct this size was
    /// copied (its four arrays retained and released) at every figure tried, a tenth of the scan.
    private final class Pass {
        let scalars: [Unicode.Scalar]
        let tokens: [Token]
        let units: UnitDictionary
        /// Index into `tokens` of the token covering each scalar.
        let tokenIndex: [Int]

        init(scalars: [Unicode.Scalar], tokens: [Token], units: UnitDictionary) {
            self.scalars = scalars
            self.tokens = tokens
            self.units = units
            var tokenIndex = [Int](repeating: -1, count: scalars.count + 1)
            for (index, token) in tokens.enumerated() where token.start >= 0 && token.start < scalars.count && token.length > 0 {
                for offset in token.start..<min(token.end, scalars.count) { tokenIndex[offset] = index }
            }
            self.tokenIndex = tokenIndex
        }

        enum Outcome {
            case quantity(Quantity)
            /// Not a quantity: go on after this offset.
            case skip(Int)
        }

        func run() -> [Quantity] {
            var found: [Quantity] = []
            var index = 0
            while index < scalars.count {
                // A figure never starts in the middle of a number.
                let insideNumber = index > 0 && ChineseNumeral.isNumeralScalar(scalars[index - 1])
                switch insideNumber ? nil : parse(at: index) {
                case let .quantity(quantity)?:
                    found.append(quantity)
                    index = quantity.start + quantity.length
                case let .skip(end)?:
                    index = max(end, index + 1)
                case nil:
                    index += 1
                }
            }
            return linkChanges(found)
        }

        // MARK: One figure

        func parse(at start: Int) -> Outcome? {
            guard ChineseNumeral.isNumeralScalar(scalars[start]) || QuantityScanner.figureStarts.contains(scalars[start])
            else { return nil }
            var numberStart = start
            var prefix: Approximation?
            var percentPrefix = false
            if matches("百分之", at: start) {
                percentPrefix = true
                numberStart = start + 3
            } else if let (word, kind) = Approximation.prefixes.first(where: { matches($0.word, at: start) }) {
                let after = start + word.unicodeScalars.count
                guard after < scalars.count, startsNumber(at: after), isWordStart(start) || endsGluedWord(start, after)
                else { return nil }
                // 数, 几 and 上 only make sense before a magnitude: 数百万, 几十, 上万.
                if kind == .several || word == "上" {
                    guard ChineseNumeral.smallUnits[scalars[after]] != nil || ChineseNumeral.largeUnits[scalars[after]] != nil
                    else { return nil }
                }
                prefix = Approximation(kind, word: word)
                numberStart = after
            }
            guard var numeral = ChineseNumeral.parse(scalars, at: numberStart)
                ?? ChineseNumeral.half(scalars, at: numberStart) else { return nil }
            numeral = unitAfterScale(numeral, numberStart: numberStart)
            let skip = Outcome.skip(numeral.end)
            if numeral.value.isNaN || numeral.upper?.isNaN == true { return skip }  // beyond Decimal's 38 digits
            if ordinalMarker(before: start) || numeral.isDigitString || isClockMinutes(start) {
                return skip
            }
            // 零 alone begins words (零件 "spare part", tagged mq; 零售), never a count of nothing.
            if numeral.end - numberStart == 1 && ChineseNumeral.digits[scalars[numberStart]] == 0 { return skip }
            // 百年, 千条线, 万众: a bare 百/千/万 is a word, not a cited figure; 百余人 and 上千艘 are figures.
            if let magnitude = numeral.leadingMagnitude, magnitude != "十", magnitude != "拾", prefix == nil, !percentPrefix,
               numeral.approximation?.kind != .over
            {
                return skip
            }
            // A glued approximation (已有近) sits inside its word by the cut; the number must not.
            let wordStart = prefix != nil && !isWordStart(start) ? numberStart : start
            if Self.isIdiom(scalars, at: numberStart) || crossesWordStart(wordStart) { return skip }

            var unit = ""
            var kind = MeasureWords.Kind.general
            var end = numeral.end
            var suffix: Approximation?
            var oneIsAFigure = false  // 一个半月 and 一个亿 are figures, though 一 alone is the article
            if percentPrefix {
                unit = "%"
                kind = .percent
            } else if let match = units.match(scalars, at: end, endsWord: endsWord) {
                if match.kind == .notAQuantity { return skip }
                // 2021年 is a year, 1200多年 a span.
                if match.word == "年" && numeral.arabicIntegerDigits >= 4 && numeral.approximation == nil { return skip }
                if match.word == "年" && isEraYear(numberStart) { return skip }  // 光绪三十三年
                (unit, kind, end) = (match.word, match.kind, match.end)
                // 1个多月, 两个半月, 半个世纪: the approximation or the half sits inside the unit.
                if unit == "个", let (inner, innerEnd, between) = timeUnitAfterGe(at: end) {
                    if between == "多" { suffix = Approximation(.over, word: "多") }
                    if between == "半" {
                        numeral.value += Decimal(5) / 10
                        oneIsAFigure = true
                    }
                    unit = inner
                    kind = .time
                    end = innerEnd
                }
            } else if !numeral.hasMagnitude {
                return skip
            }
            // 1个亿, 两个万: 个 between a number and its scale, as people say it; the figure is 100,000,000.
            if unit == "个", end < scalars.count, let scale = ChineseNumeral.largeUnits[scalars[end]],
               end + 1 >= scalars.count || !ChineseNumeral.isNumeralScalar(scalars[end + 1])
            {
                numeral.value *= scale
                unit = ""
                end += 1
                oneIsAFigure = true
            }
            if numeral.isBareOne && !oneIsAFigure { return skip }  // 一天, 一家: the article "a"
            if scalars[numberStart] == "半" && kind != .time { return skip }  // 半数, 一半: no unit of time, no figure
            // After 零下 a number and unit are a reading on a scale, however the dictionary files them (十度, d).
            let belowZero = start >= 2 && scalars[(start - 2)..<start].elementsEqual(Fall.belowZero)
            if boundSuffixFollows(end)
                || !belowZero && unitInsideWord(start: start, numberStart: numberStart, unitStart: numeral.end, end: end, kind: kind)
            {
                return skip
            }
            if let range = rangeAfterUnit(end, unit: unit, low: numeral.value) {
                numeral.upper = range.upper
                numeral.approximation = range.approximation
                end = range.end
            }
            if suffix == nil, numeral.approximation == nil,
               let (word, suffixKind) = Approximation.suffixes.first(where: { matches($0.word, at: end) }),
               isStandalone(word, at: end)
            {
                suffix = Approximation(suffixKind, word: word)
                end += word.unicodeScalars.count
            }
            if isSlogan(start: start, end: end) { return skip }

            // A word before the number governs (约40多人 is "about"); then one inside it, then one after the unit.
            let approximation = prefix ?? numeral.approximation ?? suffix
            let counts = kind == .general || kind == .people ? countedNoun(from: end, people: kind == .people) : nil
            var quantity = Quantity(
                text: text(start, end), value: numeral.value, upper: numeral.upper, approximation: approximation,
                unit: unit, counts: counts, group: Self.group(kind: kind, unit: unit, counts: counts),
                change: nil, start: start, length: end - start)
            if let fallStart = Fall.start(before: start, in: scalars, startsWord: isWordStart) {
                quantity.value = -quantity.value
                quantity.upper = quantity.upper.map { -$0 }
                quantity.direction = .down
                quantity.text = text(fallStart, end)
                quantity.length = end - fallStart
                quantity.start = fallStart
            }
            return .quantity(quantity)
        }

        /// 4.5万千瓦时, 40千米: 千 right after 万 or an Arabic digit starts the unit (千瓦时, 千米), though the
        /// numeral took it as a thousand.
        func unitAfterScale(_ numeral: ChineseNumeral, numberStart: Int) -> ChineseNumeral {
            let last = numeral.end - 1
            guard last - 1 >= numberStart, numeral.upper == nil, ChineseNumeral.smallUnits[scalars[last]] != nil,
                  ChineseNumeral.largeUnits[scalars[last - 1]] != nil || scalars[last - 1].digitValue != nil,
                  let unit = units.match(scalars, at: last, endsWord: endsWord), unit.end - last >= 2, unit.kind != .notAQuantity,
                  let shorter = ChineseNumeral.parse(Array(scalars[..<last]), at: numberStart), shorter.end == last
            else { return numeral }
            return shorter
        }

        /// 个 then 多 or 半 then a unit of time (个多月, 个半小时, 个世纪): the unit with its 个, its end,
        /// and the word between.
        func timeUnitAfterGe(at end: Int) -> (unit: String, end: Int, between: Unicode.Scalar?)? {
            var index = end
            var between: Unicode.Scalar?
            if index < scalars.count, scalars[index] == "多" || scalars[index] == "半" {
                between = scalars[index]
                index += 1
            }
            for (word, kind) in MeasureWords.byLength where kind == .time && word.first == "个" {
                let rest = word.dropFirst()
                if index + rest.count <= scalars.count, scalars[index..<(index + rest.count)].elementsEqual(rest) {
                    return (String(scalars: word), index + rest.count, between)
                }
            }
            return nil
        }

        /// 3%至5%, 3个至5个: a second figure of the same unit after a range connector.
        func rangeAfterUnit(_ end: Int, unit: String, low: Decimal)
            -> (upper: Decimal, approximation: Approximation, end: Int)?
        {
            guard !unit.isEmpty, end + 1 < scalars.count, ChineseNumeral.rangeConnectors.contains(scalars[end]),
                  let second = ChineseNumeral.parse(scalars, at: end + 1), second.upper == nil, second.value > low,
                  matches(unit, at: second.end)
            else { return nil }
            return (second.value, Approximation(.range, word: String(scalars[end])), second.end + unit.unicodeScalars.count)
        }

        /// 光绪三十三年, 中华民国七年: a year of an era, written in Chinese numerals right after the era's
        /// name, and followed by no word of duration (来, 间, 多): a date, not a span of years.
        ///
        /// jieba tags era names as nouns, names of people, time words or other proper nouns (光绪 n, 乾隆 nr,
        /// 康熙 nrfg, 嘉靖 t, 万历 nz): an era name is one of these of two characters (other proper nouns of
        /// more, such as 改革开放, are no era), or a place of three or more (中华民国: jieba tags 建国 and 扎根 as
        /// places). A noun ending in 龄, "age" (党龄, 工龄, 树龄), measures a span of years however it stands,
        /// and so do the words that make a number a count of years for the timeline (历时, 长达, 为期).
        /// No era but the Republic's ran past 61 years, so a year above 70 is a span.
        /// An era year opens a clause or follows 于, 在, 至, 是 or a measure word (写于宣统三年, 另一本中华民国
        /// 七年的账簿); a span follows its subject or verb (他教书三十年, 坚持行医四十年).
        func isEraYear(_ numberStart: Int) -> Bool {
            guard numberStart > 0, ChineseNumeral.digits[scalars[numberStart]] != nil || scalars[numberStart] == "十",
                  tokenIndex[numberStart - 1] >= 0
            else { return false }
            let name = tokens[tokenIndex[numberStart - 1]]
            let tag = Self.tagClass(name.tag)
            guard name.end == numberStart, name.length >= 2, !name.isNewWord, scalars[name.end - 1] != "龄",
                  !DateScanner.countsBefore.contains(name.text),
                  ["n", "nr", "t"].contains(tag) || (tag == "nz" && name.length == 2) || (tag == "ns" && name.length >= 3)
            else { return false }
            if name.start > 0 && !scalars[name.start - 1].properties.generalCategory.isPunctuation {
                let previous = tokenIndex[name.start - 1]
                guard previous >= 0 else { return false }
                let word = tokens[previous]
                // 立于, 写于, 建于: a verb with its preposition, as jieba often cuts them.
                guard ["p", "q", "m"].contains(word.tag) || word.text.hasSameBytes(as: "是")
                        || word.text.unicodeScalars.last.map({ ["于", "在", "至", "到", "自", "从"].contains($0) }) == true
                else { return false }
            }
            guard let year = ChineseNumeral.parse(scalars, at: numberStart), year.end < scalars.count,
                  scalars[year.end] == "年", year.value <= 70
            else { return false }
            let after = year.end + 1
            if after >= scalars.count || scalars[after].properties.generalCategory.isPunctuation
                || ["的", "春", "夏", "秋", "冬", "正"].contains(scalars[after]) || ChineseNumeral.isNumeralScalar(scalars[after])
            {
                return true
            }
            // A proper name (万历, 康熙, 嘉靖; not a common noun such as 民国) dates the verb after it
            // (贞观二年修建, 康熙五十年重修), unless a word of duration follows (万历年间, 十年来, 五年多).
            return tag != "n" && !["来", "间", "多", "余", "里", "之", "内", "以", "左", "上", "前", "后"].contains(scalars[after])
        }

        /// A word of the segmenter ends at `index` (or there are no tokens to tell). The bounds of a word
        /// the HMM guessed (口人 in 17口人) are too weak to count.
        func endsWord(_ index: Int) -> Bool {
            guard index > 0, index <= scalars.count, tokenIndex[index - 1] >= 0 else { return true }
            let token = tokens[tokenIndex[index - 1]]
            return token.end == index || token.isNewWord
        }

        func matches(_ word: String, at index: Int) -> Bool {
            var offset = index
            for scalar in word.unicodeScalars {
                guard offset < scalars.count, scalars[offset] == scalar else { return false }
                offset += 1
            }
            return true
        }

        func text(_ start: Int, _ end: Int) -> String {
            String(scalars: scalars[start..<end])
        }

        func startsNumber(at index: Int) -> Bool {
            let scalar = scalars[index]
            return scalar.digitValue != nil || ChineseNumeral.digits[scalar] != nil
                || ChineseNumeral.smallUnits[scalar] != nil || ChineseNumeral.largeUnits[scalar] != nil
        }

        /// The 30 of 9时30分 and 8点30分: minutes of a clock time, not a count of minutes.
        func isClockMinutes(_ index: Int) -> Bool {
            index >= 2 && ["时", "点", ":", "："].contains(scalars[index - 1]) && ChineseNumeral.isNumeralScalar(scalars[index - 2])
        }

        func ordinalMarker(before index: Int) -> Bool {
            QuantityScanner.ordinalMarkers.contains { marker in
                index >= marker.count && scalars[(index - marker.count)..<index].elementsEqual(marker)
            }
        }

        static func isIdiom(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
            QuantityScanner.idioms.contains { idiom in
                index + idiom.count <= scalars.count && scalars[index..<(index + idiom.count)].elementsEqual(idiom)
            }
        }

        /// A token starts at `index` (or there are no tokens to tell).
        func isWordStart(_ index: Int) -> Bool {
            let token = tokenIndex[index]
            return token < 0 || tokens[token].start == index || tokens[token].isNewWord  // 同近|200万名: 同近 is a guess
        }

        /// The segmenter glued the approximation word to the word before it (已有近|七成): the token ends where
        /// the number starts, and what comes before the approximation is a dictionary word of two characters
        /// or more. The 近 of 附近 or 最近 ("nearby", "lately") follows no such word.
        func endsGluedWord(_ prefixStart: Int, _ after: Int) -> Bool {
            guard tokenIndex[prefixStart] >= 0 else { return false }
            let token = tokens[tokenIndex[prefixStart]]
            return token.end == after && prefixStart - token.start >= 2 && units.isFreeWord(text(token.start, prefixStart))
        }

        /// The figure begins inside a longer word (统一, 唯一, 老百姓). Only dictionary words count here, above
        /// and below: the bounds of a word the HMM guessed (包货 in 两三百包货物) are too weak to veto a figure.
        func crossesWordStart(_ index: Int) -> Bool {
            let token = tokenIndex[index]
            guard token >= 0, !tokens[token].isNewWord else { return false }
            return tokens[token].start < index && tokens[token].kind == .word
                && !tokens[token].text.unicodeScalars.allSatisfy(ChineseNumeral.isNumeralScalar)
        }

        /// A suffix word such as 多 or 以上 that is not the start of a longer word (多元, 以上级).
        func isStandalone(_ word: String, at index: Int) -> Bool {
            let token = tokenIndex[index]
            guard token >= 0 else { return true }
            return tokens[token].start < index || tokens[token].end <= index + word.unicodeScalars.count
        }

        /// The measure word is the start of a longer word (三台子: 三|台子), or number and unit together
        /// are a word the dictionary tags as something other than a numeral (三级 "three-level", b).
        func unitInsideWord(start: Int, numberStart: Int, unitStart: Int, end: Int, kind: MeasureWords.Kind) -> Bool {
            // The dictionary lists the whole figure as a numeral (数十天): a cut across it (数十|天晴) is wrong.
            // Two characters are too little to tell: 三台 is a numeral there, but 三|台子 in 三台子街道.
            if end - start >= 3, units.isNumeral(text(start, end)) { return false }
            let last = tokenIndex[end - 1]
            guard last >= 0 else { return false }
            let token = tokens[last]
            if token.isNewWord { return false }
            // 两|年间: a unit of time glued to 间 or 内 is still a span of time ("within two years").
            if token.end > end && token.kind == .word && kind == .time && token.tag == "t" && token.start == unitStart {
                return false
            }
            if token.end > end && token.kind == .word {
                // 颗卫星 and 头牛 are words of the dictionary, but a measure word and its noun (卫星, 牛), no
                // longer word; 台子 is one, its 子 a bound suffix.
                return !(token.start == unitStart && units.isFreeWord(text(end, token.end)))
            }
            guard token.start == numberStart && token.end == end && token.kind == .word else { return false }
            // jieba tags 五年 as a time word, 百余人 as a set phrase and 半小时 as a distinguishing word.
            if kind == .time && (token.tag == "t" || scalars[numberStart] == "半") { return false }
            if isGrade(token, end: end) { return true }
            return !["m", "mq", "q", "", "l"].contains(token.tag)
        }

        /// A numeral and 级 that the dictionary lists as one word (四级, 七级), right before a noun or a verb:
        /// a grade describing it (四级联动机制, 七级大风, 三级医院), not a number of levels. Standing alone, after
        /// its verb, it is a measure (风力达到七级).
        func isGrade(_ token: Token, end: Int) -> Bool {
            guard scalars[end - 1] == "级", end < scalars.count, tokenIndex[end] >= 0 else { return false }
            let next = tokens[tokenIndex[end]]
            return next.start == end && next.kind == .word && ["n", "v", "vn", "nz", "l"].contains(Self.tagClass(next.tag))
        }

        /// A bound suffix right after the unit (子 in 三台子, 儿): the "unit" was part of a name.
        func boundSuffixFollows(_ end: Int) -> Bool {
            guard end < scalars.count, tokenIndex[end] >= 0 else { return false }
            let next = tokens[tokenIndex[end]]
            return next.start == end && next.length == 1 && (next.tag == "ng" || next.tag == "k")
        }

        /// “两个维护”, “四个意识”: a number that is the whole of a short quotation names a slogan.
        func isSlogan(start: Int, end: Int) -> Bool {
            guard start > 0, QuantityScanner.openingQuotes.contains(scalars[start - 1]) else { return false }
            var index = end
            while index < scalars.count && index - start <= 8 {
                if QuantityScanner.closingQuotes.contains(scalars[index]) { return true }
                if scalars[index].properties.generalCategory.isPunctuation { return false }
                index += 1
            }
            return false
        }

        // MARK: The counted noun

        /// The noun phrase after the measure word: 基层党组织 in 400多万个基层党组织直接参与, and after a
        /// relative clause ending in 的, 孩子 in 5个类似症状的孩子.
        func countedNoun(from end: Int, people: Bool) -> String? {
            guard end < scalars.count, tokenIndex[end] >= 0 else { return nil }
            let first = tokenIndex[end]
            guard tokens[first].start == end else {
                // 颗卫星, 头牛, one word of the dictionary: the noun is what follows the measure word.
                let rest = text(end, tokens[first].end)
                return units.isFreeWord(rest) ? rest : nil
            }
            var window: [Token] = []
            for token in tokens[first...] {
                if token.kind == .punctuation || token.kind == .space || window.count == 12 { break }
                window.append(token)
            }
            if window.allSatisfy({ $0.tag.isEmpty }) {  // no part-of-speech tags (ICU): the next word
                return window.first.flatMap { $0.kind == .word && $0.length >= 2 ? $0.text : nil }
            }
            if let de = window.firstIndex(where: { $0.text.hasSameBytes(as: "的") }), de > 0,
               window[..<de].allSatisfy({ Self.clauseTags.contains(Self.tagClass($0.tag)) }),
               let phrase = nounPhrase(window, from: de + 1, people: people)
            {
                return phrase
            }
            return nounPhrase(window, from: 0, people: people)
        }

        /// The longest run of noun-like words from `start` (a verb or adjective may lead, as in 驻村工作队
        /// and 旧窑洞; a locative may sit inside, as in 县以上机关单位), ending on a noun. After 名, 人 or 位
        /// the phrase ends on a word for people.
        func nounPhrase(_ window: [Token], from start: Int, people: Bool) -> String? {
            var end = start
            var lastNoun: Int?
            while end < window.count && end - start < 6 {
                let tag = Self.tagClass(window[end].tag)
                // A word the site added without a tag (words.txt: 基层党组织) is a term, read as a noun.
                let isNoun = Self.nounTags.contains(tag) || (tag.isEmpty && window[end].kind == .word && window[end].length >= 2)
                let isModifier = (end == start && ["v", "a", "b"].contains(tag)) || tag == "b" || (end > start && tag == "f")
                guard isNoun || isModifier else { break }
                if isNoun { lastNoun = end }
                end += 1
            }
            guard let lastNoun else { return nil }
            // jieba tags some adverbs and verbs as nouns (精准帮扶, 先行先试, 联村): when the phrase holds a
            // known head (企业, 党员, 村), it ends on the last one.
            let heads = people ? MeasureWords.personHeads : MeasureWords.heads
            var phrase = ""
            var upToHead: String?
            for token in window[start...lastNoun] {
                phrase += token.text
                if heads.contains(where: phrase.hasSuffix) { upToHead = phrase }
            }
            return upToHead ?? phrase
        }

        static let nounTags: Set<String> = ["n", "nr", "ns", "nt", "nz", "j", "vn", "zg", "l", "k", "an", "eng"]
        /// What a relative clause before 的 may hold: nouns, verbs, adjectives, numerals, locatives.
        static let clauseTags: Set<String> = nounTags.union(["v", "a", "b", "f", "m", "q", "vd", "ad", "ng"])

        /// nr, nrfg and nrt read as nr; other tags as given.
        static func tagClass(_ tag: String) -> String { tag.hasPrefix("nr") ? "nr" : tag }

        static func group(kind: MeasureWords.Kind, unit: String, counts: String?) -> Quantity.Group {
            switch kind {
            case .percent: return .percentages
            case .time: return .time
            case .people: return .people
            default: break
            }
            if let counts {
                if MeasureWords.personHeads.contains(where: counts.hasSuffix) { return .people }
                if MeasureWords.organisationHeads.contains(where: counts.hasSuffix) { return .organisations }
                if MeasureWords.placeHeads.contains(where: counts.hasSuffix) { return .places }
            }
            return unit == "家" ? .organisations : .other
        }

        // MARK: Pairs

        /// 从40多道精简为10多道, 从近6个月降至1.5个月左右: two figures of one unit, the first after 从 (or 由),
        /// the second after 为, 到 or 至, read as a change from one to the other.
        func linkChanges(_ quantities: [Quantity]) -> [Quantity] {
            var linked = quantities
            for index in linked.indices.dropLast() {
                let first = linked[index], second = linked[index + 1]
                guard !first.unit.isEmpty, first.unit == second.unit else { continue }
                let between = scalars[(first.start + first.length)..<second.start]
                guard between.count <= 8, let last = between.last, ["为", "到", "至"].contains(last),
                      !between.contains(where: { $0.properties.generalCategory.isPunctuation })
                else { continue }
                let before = scalars[max(0, first.start - 8)..<first.start]
                guard let from = before.lastIndex(where: { $0 == "从" || $0 == "由" }),
                      !before[from...].contains(where: { $0.properties.generalCategory.isPunctuation })
                else { continue }
                let change = Quantity.Change(from: first.text, to: second.text)
                linked[index].change = change
                linked[index + 1].change = change
                linked[index].counts = nil  // what stands between the two is the verb (精简为), not a noun
                if linked[index].group == .other, linked[index + 1].group != .other {
                    linked[index].group = linked[index + 1].group
                }
            }
            return linked
        }
    }
}

extension Unicode.GeneralCategory {
    var isPunctuation: Bool {
        switch self {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation, .initialPunctuation,
             .finalPunctuation, .otherPunctuation:
            true
        default:
            false
        }
    }
}
