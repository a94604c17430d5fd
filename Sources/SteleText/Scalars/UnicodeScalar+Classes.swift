/// The character classes every layer decides by, defined once.
extension Unicode.Scalar {
    /// A Han ideograph — CJK Unified Ideographs and their extensions, the compatibility ideographs — or
    /// 〇, the ideographic zero (二〇二一): what counts as a Chinese character. static/search.js uses the
    /// same ranges.
    public var isHan: Bool {
        switch value {
        case 0x3007, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x323AF: true
        default: false
        }
    }

    /// Han ideographs, kana, hangul and full-width forms: scripts written without spaces between words,
    /// so a line break inside them joins without a space.
    public var isWideScript: Bool {
        switch value {
        case 0x1100...0x11FF, 0x2E80...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFFEF, 0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    /// Wide scripts and the punctuation Chinese shares with Latin (— ‘ ’ “ ” … ·): what makes a
    /// neighbourhood Chinese when two halves of a paragraph are joined.
    public var isChineseText: Bool {
        switch value {
        case 0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0x2026, 0x00B7: true
        default: isWideScript
        }
    }

    /// The value of an ASCII or full-width digit, else nil.
    public var digitValue: Int? {
        switch value {
        case 0x30...0x39: Int(value - 0x30)
        case 0xFF10...0xFF19: Int(value - 0xFF10)
        default: nil
        }
    }

    /// Unicode's White_Space property, decided by a switch: `properties.isWhitespace` looks the scalar up
    /// in the standard library's property tables, and asked of every scalar of the corpus by the
    /// scanners and the summaries it was 3% of a cold build's CPU time. `ScalarClassTests` holds the
    /// two equal over every scalar.
    public var isWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// Unicode's Alphabetic property, read from a table of the basic plane (`AlphanumericTable`).
    public var isAlphabetic: Bool { AlphanumericTable.basicPlane.isAlphabetic(self) }

    /// A letter or a number of any script: the Alphabetic property or a numeric type (３, ², Ⅳ, 五).
    public var isLetterOrNumber: Bool {
        AlphanumericTable.basicPlane.isAlphabetic(self) || AlphanumericTable.basicPlane.isNumeric(self)
    }

    public var isASCIIDigit: Bool { ("0"..."9").contains(self) }
    public var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }

    /// An ASCII or full-width Latin letter.
    public var isLatinLetter: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        default: false
        }
    }
}
