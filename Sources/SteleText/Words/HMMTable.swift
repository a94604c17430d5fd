import SteleSupport

/// What jieba's HMMs share: the log-probability a table leaves out, and the characters they model.
package enum HMMTable {
    /// jieba's `MIN_FLOAT`: the log-probability of anything a table does not list. Finite, so that a
    /// path through one unlisted emission still beats a path through two.
    package static let unlisted = -3.14e100

    /// The ideographs jieba's HMMs see (`[\u4E00-\u9FD5]`); emissions are kept in arrays indexed from here.
    package static let firstScalar: UInt32 = 0x4E00
    package static let scalarCount = Int(0x9FD5 - 0x4E00 + 1)

    /// The column of `scalar` in an emission array, nil outside the modelled range.
    @inline(__always) package static func column(_ scalar: UInt32) -> Int? {
        let offset = Int(scalar) - Int(firstScalar)
        return offset >= 0 && offset < scalarCount ? offset : nil
    }

    /// The column of a table key that must be one modelled character.
    static func column(of key: PythonLiteral, file: String) throws(WordDataError) -> Int? {
        guard let text = key.string, text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else {
            throw .malformedTable(SourceLocation(file: file, line: key.line), problem: "expected a one-character string")
        }
        return column(scalar.value)
    }

    /// The number a table maps a key to.
    static func number(_ literal: PythonLiteral, file: String) throws(WordDataError) -> Double {
        guard let number = literal.number else {
            throw .malformedTable(SourceLocation(file: file, line: literal.line), problem: "expected a log-probability")
        }
        return number
    }

    /// The pairs of a dict the table must hold here.
    static func pairs(_ literal: PythonLiteral, file: String) throws(WordDataError) -> [(key: PythonLiteral, value: PythonLiteral)] {
        guard let pairs = literal.pairs else {
            throw .malformedTable(SourceLocation(file: file, line: literal.line), problem: "expected a dict")
        }
        return pairs
    }
}
