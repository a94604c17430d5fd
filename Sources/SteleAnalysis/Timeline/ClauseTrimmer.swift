import Algorithms
import SteleText

/// Cuts the clause that holds a date down to a headline: what happened then, without the rest of the paragraph.
///
/// The sentence holding the date is split at commas (outside quotes and brackets); the clause with the
/// date is kept, joined by the clauses it needs to say something (`1999年，路生梅退休了` reads better
/// with the clause after it) but never by one holding another date. A leading date set off by a comma is
/// dropped, since the timeline shows the date beside the headline, and so are connectives (同时，此外，).
struct ClauseTrimmer: Sendable {
    package typealias Text = [Unicode.Scalar]

    /// Longest headline in Unicode scalars, "…" included: about three lines on a phone.
    var maxLength = 56
    /// Fewer letters than this and the next clause is taken in too.
    var minimumLetters = 12
    /// The clauses before the date's clause are taken in when the headline stays this short.
    var prefixLength = 48

    /// The headline for the date at `date` in `paragraph`; `otherDates` are the paragraph's other date
    /// mentions, which a headline does not run into. Nil when the clause says nothing beyond the date.
    func headline(in paragraph: inout ParagraphClauses, date: Range<Int>, otherDates: OtherDates) -> String? {
        let text = paragraph.text
        let clauses = paragraph.clauses(ofSentence: paragraph.sentence(around: date.lowerBound))
        guard let index = Self.clause(holding: date.lowerBound, in: clauses) else { return nil }
        func hasOtherDate(_ clause: Range<Int>) -> Bool { otherDates.overlap(clause) }

        var first = index
        var last = index
        let dateStartsClause = skipJunk(text, from: clauses[index].lowerBound) >= date.lowerBound
        if index > 0, !dateStartsClause, clauses[index].upperBound - clauses[0].lowerBound <= prefixLength,
           !clauses[..<index].contains(where: hasOtherDate) {
            first = 0
        }
        // Takes in the clauses after `last` while the headline from `from` says too little or runs on.
        func extend(from: Int) {
            while last + 1 < clauses.count, !hasOtherDate(clauses[last + 1]),
                  clauses[last + 1].upperBound - from <= maxLength * 2,
                  letters(text, from..<clauses[last].upperBound, excluding: date, upTo: minimumLetters) < minimumLetters
                    || Self.continuations.contains(where: { text.has($0, endingAt: trimEnd(text, clauses[last])) }) {
                last += 1
            }
        }
        extend(from: clauses[first].lowerBound)

        var start = skipJunk(text, from: clauses[first].lowerBound)
        // `昨天上午，` and `8日上午10时，` are a leading date too: the time of day and the clock go with it.
        var dateEnd = date.upperBound + (Self.timesOfDay.first { text.has($0, at: date.upperBound) }?.unicodeScalars.count ?? 0)
        dateEnd = clockTimeEnd(text, at: dateEnd) ?? dateEnd
        dateEnd = glossEnd(text, at: dateEnd) ?? dateEnd
        if start == date.lowerBound, dateEnd < clauses[last].upperBound, Self.clauseSeparators.contains(text[dateEnd]) {
            start = skipJunk(text, from: dateEnd + 1)
        }
        if let connective = Self.connectives.first(where: { text.has($0, at: start) }),
           text.has(anyOf: Self.clauseSeparators, at: start + connective.unicodeScalars.count) {
            start = skipJunk(text, from: start + connective.unicodeScalars.count + 1)
        }
        // 面对…困境，合作社把鲜笋加工成笋干: the frame says under what the thing happened; the clause after it
        // says what happened, which is the headline.
        if let frame = Self.clause(holding: start, in: clauses), frame + 1 < clauses.count,
           !hasOtherDate(clauses[frame + 1]), isFrame(text, start..<trimEnd(text, clauses[frame])) {
            start = skipJunk(text, from: clauses[frame + 1].lowerBound)
            last = max(last, frame + 1)
            extend(from: start)
        }
        let end = trimEnd(text, clauses[first].lowerBound..<clauses[last].upperBound)
        guard start < end, letters(text, start..<end, excluding: date, upTo: 2) >= 2 else { return nil }
        // Only what the headline can show is copied: a clause may be a whole paragraph without a comma.
        return shortened(Array(text[start..<min(end, start + maxLength + 1)]))
    }

    // MARK: Sentences and clauses

    /// The sentences of `text`, in order: each from after the previous 。！？； (or ……, which ends a
    /// thought before a new one: `亮堂了……今年8月，`) to its own, with where the closing quotes that
    /// follow it end. The last one runs to the text's end.
    func sentences(in text: Text) -> [ParagraphClauses.Sentence] {
        var sentences: [ParagraphClauses.Sentence] = []
        var start = 0
        var position = 0
        while position < text.count {
            guard Self.sentenceEnds.contains(text[position]) || text[position] == "…" else {
                position += 1
                continue
            }
            var end = position + 1
            while end < text.count, Self.closers.contains(text[end]) || Self.sentenceEnds.contains(text[end])
                    || text[end] == "…" {
                end += 1
            }
            sentences.append(.init(range: start..<position, end: end))
            start = end
            position = end
        }
        sentences.append(.init(range: start..<text.count, end: .max))
        return sentences
    }

    /// The index of the clause holding `index`: clauses follow each other without gaps, so it is found
    /// by halves.
    private static func clause(holding index: Int, in clauses: [Range<Int>]) -> Int? {
        let candidate = clauses.partitioningIndex { $0.upperBound > index }
        return candidate < clauses.count && clauses[candidate].contains(index) ? candidate : nil
    }

    /// The clauses of `sentence`, split at commas and colons outside quotes and brackets.
    func clauses(in text: Text, _ sentence: Range<Int>) -> [Range<Int>] {
        var clauses: [Range<Int>] = []
        var start = sentence.lowerBound
        var depth = 0
        for position in sentence {
            let scalar = text[position]
            if Self.openers.contains(scalar) {
                depth += 1
            } else if Self.closers.contains(scalar) {
                depth = max(0, depth - 1)
            } else if depth == 0, Self.clauseSeparators.contains(scalar), scalar != "、", !isBetweenDigits(text, position) {
                clauses.append(start..<(position + 1))
                start = position + 1
            }
        }
        if start < sentence.upperBound { clauses.append(start..<sentence.upperBound) }
        return clauses
    }

    /// `1,000` and `10:30` are numbers, not clause breaks.
    private func isBetweenDigits(_ text: Text, _ position: Int) -> Bool {
        guard text[position] == "," || text[position] == ":", position > 0, position + 1 < text.count else { return false }
        return Numerals.arabicDigit(text[position - 1]) != nil && Numerals.arabicDigit(text[position + 1]) != nil
    }

    // MARK: Trimming

    /// The first index from `index` on that is not a dash, bullet or space opening a line (——2016年…).
    private func skipJunk(_ text: Text, from index: Int) -> Int {
        var position = index
        while position < text.count, Self.junk.contains(text[position]) || text[position].isWhitespace {
            position += 1
        }
        return position
    }

    /// The end of `range` without the separators and spaces that close it.
    private func trimEnd(_ text: Text, _ range: Range<Int>) -> Int {
        var end = range.upperBound
        while end > range.lowerBound,
              Self.clauseSeparators.contains(text[end - 1]) || text[end - 1].isWhitespace {
            end -= 1
        }
        return end
    }

    /// Whether the clause in `range` is a frame around what happened rather than the happening: it opens with
    /// a preposition of circumstance (面对, 随着, 经过) or wraps one (受…影响, 在…下).
    private func isFrame(_ text: Text, _ range: Range<Int>) -> Bool {
        Self.frames.contains { frame in
            text.has(frame.opening, at: range.lowerBound) && range.count > frame.opening.unicodeScalars.count
                && (frame.closings.isEmpty || frame.closings.contains { text.has($0, endingAt: range.upperBound) })
        }
    }

    /// The index after a gloss of the date at `index` and the 当天 after it (`1月27日（大年三十）当天`), or nil.
    private func glossEnd(_ text: Text, at index: Int) -> Int? {
        guard text.has(anyOf: ["（", "("], at: index),
              let close = text[index...].prefix(12).firstIndex(where: { $0 == "）" || $0 == ")" })
        else { return nil }
        return close + 1 + (["当天", "当日"].first { text.has($0, at: close + 1) }?.unicodeScalars.count ?? 0)
    }

    /// The index after a clock time at `index` (`10时`, `8时30分`, `5点半`), or nil.
    private func clockTimeEnd(_ text: Text, at index: Int) -> Int? {
        guard let (_, hourEnd) = Numerals.small(in: text, at: index), text.has(anyOf: ["时", "点"], at: hourEnd) else {
            return nil
        }
        if text.has("半", at: hourEnd + 1) { return hourEnd + 2 }
        if let (_, minuteEnd) = Numerals.small(in: text, at: hourEnd + 1), text.has("分", at: minuteEnd) { return minuteEnd + 1 }
        return hourEnd + 1
    }

    /// Letters and digits in `range` outside `excluding`, counted up to `limit`: how much the clause says
    /// besides the date. Counted to the end, a paragraph without a comma was read whole for every date in it.
    private func letters(_ text: Text, _ range: Range<Int>, excluding date: Range<Int>, upTo limit: Int) -> Int {
        var count = 0
        for index in range {
            guard count < limit else { break }
            if !date.contains(index) && (text[index].isAlphabetic || Numerals.arabicDigit(text[index]) != nil) {
                count += 1
            }
        }
        return count
    }

    /// `headline` cut to `maxLength` at a clause break when there is one late enough, marked with "…",
    /// with the quotes and brackets it leaves open closed again. Of a longer headline it reads only the
    /// first `maxLength + 1` scalars.
    private func shortened(_ headline: Text) -> String {
        var kept = headline
        if headline.count > maxLength {
            let cut = (maxLength / 2..<(maxLength - 1)).last {
                Self.clauseSeparators.contains(headline[$0]) && headline[$0] != "、"
            } ?? maxLength - 1
            kept = Array(headline[..<cut]) + ["…"]
        }
        var open: [Unicode.Scalar] = []
        for scalar in kept {
            if let closer = Self.pairs[scalar] {
                open.append(closer)
            } else if open.last == scalar {
                open.removeLast()
            }
        }
        return String(scalars: kept + open.reversed())
    }

    // MARK: Words and marks

    private static let sentenceEnds: ScalarSet = ["。", "！", "？", "；", "!", "?", ";"]
    private static let clauseSeparators: ScalarSet = ["，", ",", "：", ":", "、"]
    private static let pairList: [(opener: Unicode.Scalar, closer: Unicode.Scalar)] = [
        ("“", "”"), ("‘", "’"), ("《", "》"), ("（", "）"), ("(", ")"), ("「", "」"), ("『", "』"), ("【", "】"), ("〈", "〉"),
    ]
    private static let pairs = ScalarMap(pairList.map { ($0.opener, $0.closer) })
    private static let openers = ScalarSet(pairList.map(\.opener))
    private static let closers = ScalarSet(pairList.map(\.closer))
    private static let junk: ScalarSet = ["—", "–", "-", "·", "•", "●", "■", "▲", "*"]
    /// A clause ending in these says what follows it: 毕业后，…; 指出，“…”.
    private static let continuations = ["后", "时", "中", "指出", "强调", "表示", "说", "认为", "提出", "宣布"]
    /// Parts of a day that may follow a date before its comma: `17日晚，`, `昨天上午，`.
    private static let timesOfDay = ["上午", "下午", "中午", "晚上", "傍晚", "凌晨", "清晨", "早上", "夜间", "晚", "早", "夜"]
    /// Clauses that frame what happened: the words they open with and, when that alone says too little, the words
    /// they must close with (在…下, 受…影响; 在村里 is a place, not a frame).
    private static let frames: [(opening: String, closings: [String])] = [
        ("面对", []), ("随着", []), ("经过", []), ("为了", []), ("借助", []), ("依托", []), ("针对", []),
        ("受", ["影响", "冲击", "影响下"]), ("在", ["下", "之下", "中", "期间", "过程中"]),
    ]
    /// Leading connectives that a headline does without, when a comma follows them.
    private static let connectives = [
        "与此同时", "同时", "此外", "另外", "其中", "随后", "此后", "其后", "之后", "后来", "然而", "但是", "而且", "因此",
        "所以", "当时",
    ]
}
