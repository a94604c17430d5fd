/// Numbers in Chinese text: Arabic digits (ASCII or full width) and Chinese numerals, read from Unicode scalars.
package enum Numerals {
    package static func arabicDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar.value {
        case 0x30...0x39: Int(scalar.value - 0x30)
        case 0xFF10...0xFF19: Int(scalar.value - 0xFF10)  // ０…９
        default: nil
        }
    }

    /// A Chinese digit as years are written digit by digit (二〇一八): 〇, ○ and 零 are zero.
    package static func chineseDigit(_ scalar: Unicode.Scalar) -> Int? {
        switch scalar {
        case "〇", "○", "零": 0
        case "一": 1
        case "二": 2
        case "三": 3
        case "四": 4
        case "五": 5
        case "六": 6
        case "七": 7
        case "八": 8
        case "九": 9
        default: nil
        }
    }

    /// Whether the scalar continues a number of the same script: a year never starts in the middle of `12019`,
    /// a month never in the middle of `十二`. Arabic numbers also continue over a decimal point.
    static func continuesNumber(_ scalar: Unicode.Scalar, chinese: Bool) -> Bool {
        chinese
            ? chineseDigit(scalar) != nil || ["十", "百", "千", "万", "亿", "两", "廿", "卅"].contains(scalar)
            : arabicDigit(scalar) != nil || [".", "．"].contains(scalar)
    }

    /// A year written with exactly four digits, Arabic or Chinese, and standing alone (not part of a longer number).
    /// A year begun in Chinese may take Arabic zeros and a stray space, as typed texts do: `二00四`, `二０ ０四`.
    package static func year(in text: [Unicode.Scalar], at index: Int) -> (value: Int, end: Int)? {
        guard index < text.count else { return nil }
        let chinese = arabicDigit(text[index]) == nil
        func digit(_ scalar: Unicode.Scalar) -> Int? {
            chinese ? Numerals.chineseDigit(scalar) ?? Numerals.arabicDigit(scalar) : Numerals.arabicDigit(scalar)
        }
        guard index == 0 || !continuesNumber(text[index - 1], chinese: chinese) else { return nil }
        var value = 0
        var digits = 0
        var end = index
        while end < text.count, digits < 5 {
            if chinese, digits > 0, text[end] == " " || text[end] == "\u{3000}", end + 1 < text.count,
               digit(text[end + 1]) != nil {
                end += 1
            }
            guard let next = digit(text[end]) else { break }
            value = value * 10 + next
            digits += 1
            end += 1
        }
        guard digits == 4, end == text.count || !continuesNumber(text[end], chinese: chinese)
                && (!chinese || arabicDigit(text[end]) == nil),
              (1000...2100).contains(value)
        else { return nil }
        return (value, end)
    }

    /// A number from 1 to 31, as months and days are written: `9`, `09`, `１０`, `九`, `十二`, `二十一`, `三十`.
    /// It must not continue a number that started earlier.
    package static func small(in text: [Unicode.Scalar], at index: Int) -> (value: Int, end: Int)? {
        guard index < text.count else { return nil }
        let chinese = arabicDigit(text[index]) == nil
        guard index == 0 || !continuesNumber(text[index - 1], chinese: chinese) else { return nil }
        var value = 0
        var end = index
        if !chinese {
            while end < text.count, end - index < 3, let digit = arabicDigit(text[end]) {
                value = value * 10 + digit
                end += 1
            }
        } else {
            // [二三]?十[一-九]? or a single digit 一…九.
            if let tens = chineseDigit(text[end]), (2...3).contains(tens), end + 1 < text.count, text[end + 1] == "十" {
                value = tens * 10
                end += 2
            } else if text[end] == "十" {
                value = 10
                end += 1
            }
            if end < text.count, let unit = chineseDigit(text[end]), unit > 0, value > 0 || end == index {
                value += unit
                end += 1
            }
        }
        guard end > index, end - index <= 3, end == text.count || !continuesNumber(text[end], chinese: chinese),
              (1...31).contains(value)
        else { return nil }
        return (value, end)
    }

    /// Whether the number at `index` was written with Chinese numerals.
    package static func isChinese(_ text: [Unicode.Scalar], at index: Int) -> Bool {
        index < text.count && arabicDigit(text[index]) == nil
    }
}
