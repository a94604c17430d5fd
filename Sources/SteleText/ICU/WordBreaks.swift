import CICU

/// Word boundaries of Chinese text by ICU's dictionary-based word break iterator.
///
/// Used only to tell a doubled character inside a word boundary (工作|作出) from a typo (每到|到|一个).
package enum WordBreaks {
    /// The words of `scalars` as ranges of scalar indices; nil when ICU fails.
    package static func words(in scalars: [Unicode.Scalar]) -> [Range<Int>]? {
        var utf16: [UInt16] = []
        var scalarIndexAtUTF16: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            for unit in String(scalar).utf16 {
                utf16.append(unit)
                scalarIndexAtUTF16.append(index)
            }
        }
        scalarIndexAtUTF16.append(scalars.count)
        guard utf16.count < Int(Int32.max) else { return nil }
        let capacity = utf16.count + 1
        var boundaries = [Int32](repeating: 0, count: capacity)
        var statuses = [Int32](repeating: 0, count: capacity)
        let count = Int(stele_icu_word_breaks("zh", utf16, Int32(utf16.count), &boundaries, &statuses, Int32(capacity)))
        guard count >= 1, count <= capacity else { return nil }
        let offsets = boundaries[..<count].map { scalarIndexAtUTF16[min(Int($0), utf16.count)] }
        return zip(offsets, offsets.dropFirst()).compactMap { $0 < $1 ? $0..<$1 : nil }
    }
}
