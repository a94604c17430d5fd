extension Unicode.Scalar {
    /// A Han ideograph or 〇, the ideographic zero (二〇二一): what counts as a Chinese character.
    var isIdeograph: Bool { isHan || value == 0x3007 }

    /// The value of an ASCII or full-width digit, else nil.
    var digitValue: Int? {
        switch value {
        case 0x30...0x39: Int(value - 0x30)
        case 0xFF10...0xFF19: Int(value - 0xFF10)
        default: nil
        }
    }

    /// An ASCII or full-width Latin letter.
    var isLatinLetter: Bool {
        switch value {
        case 0x41...0x5A, 0x61...0x7A, 0xFF21...0xFF3A, 0xFF41...0xFF5A: true
        default: false
        }
    }
}
