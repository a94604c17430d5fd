import Foundation

/// A number as Chinese texts write it: Arabic digits (`51.8`, `1,200`), Chinese numerals (`二十`,
/// `一百零五`), either scaled by 万 and 亿 (`51.8万`, `四百多万`, `1.5亿`), with the approximations
/// written inside the number (`40多`, `三十余`, `十几`, `十来`) and ranges (`四五`, `三四十`, `3至5`).
package struct ChineseNumeral: Equatable {
    package var value: Decimal
    /// The top of a range (`四五` → 5, `3至5` → 5).
    package var upper: Decimal?
    /// An approximation written inside the number (多, 余, 几, 来) or a range.
    package var approximation: Approximation?
    /// Offset just past the numeral.
    package var end: Int
    /// Starts with 十, 百, 千, 万 or 亿 with no digit before it (百年, 千条线, 十年): only 十 is a number on its own.
    package var leadingMagnitude: Unicode.Scalar?
    /// Is just 一 (or 壹): in running text usually the article "a", not a count.
    package var isBareOne: Bool
    /// Chinese digits in a row without units (二〇二一): a year or a code, not an amount.
    package var isDigitString: Bool
    /// Digits before the decimal point of an Arabic number (2021 → 4); 0 for Chinese numerals.
    package var arabicIntegerDigits: Int
    /// Scaled by 万 or 亿.
    package var hasMagnitude: Bool

    /// Scalars that can be part of a numeral (for telling numbers from words).
    package static func isNumeralScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.digitValue != nil || numeralScalars.contains(scalar)
    }

    /// The Chinese digits and units and the decimal points, in one set: asked at every scalar of a
    /// paragraph, one search rather than one per table.
    private static let numeralScalars = digits.keySet.union(smallUnits.keySet).union(largeUnits.keySet).union([".", "．"])

    package static let digits: ScalarMap<Int> = [
        "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
        "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
    ]
    package static let smallUnits: ScalarMap<Decimal> = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000]
    package static let largeUnits: ScalarMap<Decimal> = ["万": 10_000, "亿": 100_000_000]
    package static let rangeConnectors: ScalarSet = ["至", "到", "-", "－", "—", "–", "~", "～"]

    /// The numeral starting at `scalars[start]`, or nil when none starts there.
    package static func parse(_ scalars: [Unicode.Scalar], at start: Int) -> ChineseNumeral? {
        guard var numeral = parseOne(scalars, at: start, pick: .low) else { return nil }
        if numeral.approximation?.kind == .range, let high = parseOne(scalars, at: start, pick: .high) {
            numeral.upper = high.value
            return numeral
        }
        // 3至5个, 3-5个: a second number of the same kind right after a connector.
        let connector = numeral.end
        if numeral.upper == nil, connector + 1 < scalars.count, rangeConnectors.contains(scalars[connector]),
           let second = parseOne(scalars, at: connector + 1, pick: .low),
           second.approximation == nil,
           (numeral.arabicIntegerDigits > 0) == (second.arabicIntegerDigits > 0), !second.isDigitString
        {
            let low = numeral.value * sharedScale(scalars, low: start..<connector, high: (connector + 1)..<second.end)
            guard second.value > low else { return numeral }
            numeral.value = low
            numeral.upper = second.value
            numeral.approximation = Approximation(.range, word: String(scalars[connector]))
            numeral.end = second.end
            numeral.hasMagnitude = numeral.hasMagnitude || second.hasMagnitude
        }
        return numeral
    }

    /// The scale the top of a range lends its bottom when the bottom is written without it: 万 in
    /// 一千五百至一千八百万 and 5至10万, 千 in 三至五千 (the bottom one digit alone). 1 otherwise.
    private static func sharedScale(_ scalars: [Unicode.Scalar], low: Range<Int>, high: Range<Int>) -> Decimal {
        let lowText = scalars[low], highText = scalars[high]
        if !lowText.contains(where: { largeUnits[$0] != nil }), let last = highText.last, let scale = largeUnits[last] {
            return scale
        }
        if lowText.count == 1, let first = lowText.first, digits[first] != nil,
           let last = highText.last, let scale = smallUnits[last]
        {
            return scale
        }
        return 1
    }

    /// Which digit of an adjacent pair (四五) to read: both readings give the bounds of the range.
    private enum Pick { case low, high }

    private static func parseOne(_ scalars: [Unicode.Scalar], at start: Int, pick: Pick) -> ChineseNumeral? {
        var index = start
        var total: Decimal = 0
        var section: Decimal = 0
        var number: Decimal?
        var approximation: Approximation?
        var arabicDigits = 0
        var leadingMagnitude: Unicode.Scalar?
        var hasMagnitude = false
        var digitRun: [Int] = []
        var lastWasUnit = false

        if let arabic = parseArabic(scalars, at: start) {
            number = arabic.value
            arabicDigits = arabic.integerDigits
            index = arabic.end
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if let digit = digits[scalar], arabicDigits == 0 {
                if lastWasUnit && digit == 0 {  // 一百零五: 零 only holds a place
                    index += 1
                    continue
                }
                digitRun.append(digit)
                if digitRun.count == 2, digitRun[1] == digitRun[0] + 1, digitRun[0] > 0,
                   !(index + 1 < scalars.count && digits[scalars[index + 1]] != nil)
                {
                    // 四五, 两三: "four or five"; read as one digit, low or high.
                    approximation = Approximation(.range, word: String(scalars[index - 1]) + String(scalar))
                    number = Decimal(pick == .low ? digitRun[0] : digitRun[1])
                } else if digitRun.count >= 2 {
                    number = (number ?? 0) * 10 + Decimal(digit)
                } else {
                    number = Decimal(digit)
                }
                lastWasUnit = false
            } else if let unit = smallUnits[scalar] {
                if number == nil && section == 0 && total == 0 && leadingMagnitude == nil && index == start {
                    leadingMagnitude = scalar
                }
                section += (number ?? 1) * unit
                number = nil
                digitRun = []
                lastWasUnit = true
            } else if let unit = largeUnits[scalar] {
                if number == nil && section == 0 && total == 0 && index == start { leadingMagnitude = scalar }
                hasMagnitude = true
                if unit == 10_000 {
                    var scaled = section + (number ?? 0)
                    if scaled == 0 { scaled = 1 }
                    total += scaled * unit
                } else {
                    var scaled = total + section + (number ?? 0)
                    if scaled == 0 { scaled = 1 }
                    total = scaled * unit
                }
                section = 0
                number = nil
                digitRun = []
                lastWasUnit = true
            } else if (scalar == "多" || scalar == "余") && approximation == nil && (lastWasUnit || arabicDigits > 0)
                        && index > start
            {
                approximation = Approximation(.over, word: String(scalar))
                index += 1
                // 400多万, 三十多万: the approximation sits before the scale.
                if index < scalars.count, largeUnits[scalars[index]] != nil || smallUnits[scalars[index]] != nil {
                    lastWasUnit = false
                    continue
                }
                break
            } else if scalar == "几" && index > start && lastWasUnit && approximation == nil {
                approximation = Approximation(.over, word: "几")  // 十几: ten and some
                lastWasUnit = false
            } else if scalar == "来" && approximation == nil && index > start
                        && (lastWasUnit || (arabicDigits > 0 && number.map { $0 >= 10 } == true))
            {
                approximation = Approximation(.about, word: "来")  // 十来个: about ten
                index += 1
                break
            } else {
                break
            }
            index += 1
        }
        guard index > start else { return nil }
        let text = scalars[start..<index]
        let isDigitString = arabicDigits == 0 && digitRun.count >= 2 && approximation?.kind != .range
        return ChineseNumeral(
            value: total + section + (number ?? 0),
            upper: nil,
            approximation: approximation,
            end: index,
            leadingMagnitude: leadingMagnitude,
            isBareOne: text.count == 1 && (text.first == "一" || text.first == "壹"),
            isDigitString: isDigitString,
            arabicIntegerDigits: arabicDigits,
            hasMagnitude: hasMagnitude)
    }

    /// Arabic digits (ASCII or full-width) with an optional decimal point and 1,000 separators.
    private static func parseArabic(_ scalars: [Unicode.Scalar], at start: Int)
        -> (value: Decimal, integerDigits: Int, end: Int)?
    {
        var index = start
        var text = ""
        // A whole number of up to 18 digits, the most common figure, is summed as it is read: reading a
        // `Decimal` from text took a twentieth of a cold build's analysis.
        var whole = 0
        var integerDigits = 0
        var groupDigits = 0
        var grouped = false
        var seenPoint = false
        while index < scalars.count {
            let scalar = scalars[index]
            if let digit = scalar.digitValue {
                text += String(digit)
                if !seenPoint, integerDigits < 18 { whole = whole * 10 + digit }
                if !seenPoint {
                    integerDigits += 1
                    groupDigits += 1
                }
            } else if (scalar == "." || scalar == "．") && !seenPoint && !text.isEmpty
                        && index + 1 < scalars.count && scalars[index + 1].digitValue != nil
            {
                if grouped && groupDigits != 3 { break }
                seenPoint = true
                text += "."
            } else if scalar == "," && !seenPoint && groupDigits >= 1 && groupDigits <= 3 && (!grouped || groupDigits == 3)
                        && isThreeDigits(scalars, after: index)
            {
                // 1,200: a separator only between groups of three; "参与,701.3万" is a clause break.
                grouped = true
                groupDigits = 0
            } else {
                break
            }
            index += 1
        }
        if grouped && !seenPoint && groupDigits != 3 { return nil }
        guard integerDigits > 0 else { return nil }
        if !seenPoint, integerDigits <= 18 { return (Decimal(whole), integerDigits, index) }
        guard let value = Decimal(string: text, locale: posix) else { return nil }
        return (value, integerDigits, index)
    }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Exactly three digits follow `index`, then no fourth.
    private static func isThreeDigits(_ scalars: [Unicode.Scalar], after index: Int) -> Bool {
        for offset in 1...3 {
            guard index + offset < scalars.count, scalars[index + offset].digitValue != nil else { return false }
        }
        return !(index + 4 < scalars.count && scalars[index + 4].digitValue != nil)
    }
}
