import Foundation

extension ChineseNumeral {
    /// 半 as a number, 0.5 (半小时, 半个多小时, 半个世纪). Only a unit after it makes it a figure: the
    /// caller decides, since 半 is as often "half of" (半数, 一半).
    package static func half(_ scalars: [Unicode.Scalar], at start: Int) -> ChineseNumeral? {
        guard start < scalars.count, scalars[start] == "半" else { return nil }
        return ChineseNumeral(
            value: Decimal(5) / 10, upper: nil, approximation: nil, end: start + 1, leadingMagnitude: nil,
            isBareOne: false, isDigitString: false, arabicIntegerDigits: 0, hasMagnitude: false)
    }
}
