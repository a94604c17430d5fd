import Foundation
import SteleSupport

/// Reads jieba's dictionary format: one word a line, `word frequency tag`, separated by spaces
/// (`dict.txt`), or `word [frequency] [tag]` for a user dictionary, where both may be left out.
///
/// The main dictionary has 350,000 lines, so it is read from UTF-8 bytes into one reused scalar
/// buffer rather than split into `String`s.
package enum DictionaryFile {
    /// Adds every line of `data` (a dictionary file; `file` names it in errors) to `dictionary`.
    package static func load(_ data: Data, file: String, into dictionary: inout WordDictionary) throws(WordDataError) {
        var failure: WordDataError?
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            var word: [UInt32] = []
            word.reserveCapacity(64)
            ByteLines.forEach(in: bytes) { lineNumber, line in
                let location = SourceLocation(file: file, line: lineNumber)
                var fieldEnd = line.lowerBound
                while fieldEnd < line.upperBound && bytes[fieldEnd] != 0x20 { fieldEnd += 1 }
                word.removeAll(keepingCapacity: true)
                guard decodeUTF8(bytes, from: line.lowerBound, to: fieldEnd, into: &word) else {
                    failure = .invalidUTF8(location)
                    return false
                }
                var cursor = fieldEnd + 1
                var frequency = 0
                var digits = 0
                while cursor < line.upperBound, case let byte = bytes[cursor], byte >= 0x30 && byte <= 0x39 {
                    frequency = frequency &* 10 &+ Int(byte - 0x30)
                    digits += 1
                    cursor += 1
                }
                guard !word.isEmpty, digits > 0, digits < 16, cursor >= line.upperBound || bytes[cursor] == 0x20 else {
                    failure = .unreadable(location, reason: "a dictionary line is 'word frequency [tag]'")
                    return false
                }
                let tag = cursor < line.upperBound
                    ? String(decoding: UnsafeBufferPointer(rebasing: bytes[(cursor + 1)..<line.upperBound]), as: UTF8.self)
                    : ""
                word.withUnsafeBufferPointer { dictionary.add(scalars: $0, frequency: frequency, tag: tag) }
                return true
            }
        }
        if let failure { throw failure }
    }

    /// Parses a user dictionary (`SITE/words.txt`): `word [frequency] [tag]` a line; `#` starts a comment.
    package static func userWords(in text: String, file: String) throws(WordDataError) -> [UserWord] {
        var words: [UserWord] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let content = line.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let fields = content.split(whereSeparator: \.isWhitespace)
            guard let first = fields.first else { continue }
            words.append(try userWord(fields: fields.map(String.init), first: String(first),
                                      at: SourceLocation(file: file, line: index + 1)))
        }
        return words
    }

    /// A word from a `words:` list in stele.yml, in the same `word [frequency] [tag]` form.
    package static func userWord(_ entry: String, at location: SourceLocation) throws(WordDataError) -> UserWord? {
        let fields = entry.split(whereSeparator: \.isWhitespace).map(String.init)
        guard let first = fields.first else { return nil }
        return try userWord(fields: fields, first: first, at: location)
    }

    private static func userWord(fields: [String], first: String, at location: SourceLocation)
        throws(WordDataError) -> UserWord
    {
        var frequency: Int?
        var tag = ""
        for field in fields.dropFirst() {
            if frequency == nil, tag.isEmpty, let number = Int(field), number > 0 {
                frequency = number
            } else if tag.isEmpty, field.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }) {
                tag = field
            } else {
                throw .invalidEntry(location, problem: "'\(first)' must be a word, then optionally a frequency "
                    + "(a whole number above 0) and a part-of-speech tag such as nr or ns")
            }
        }
        return UserWord(word: first, frequency: frequency, tag: tag)
    }

    /// Decodes well-formed UTF-8 in `bytes[from..<to]`, appending scalar values; false on any malformed sequence.
    static func decodeUTF8(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int, into scalars: inout [UInt32]) -> Bool {
        var index = from
        while index < to {
            let lead = UInt32(bytes[index])
            let count: Int
            let minimum: UInt32
            var value: UInt32
            switch lead {
            case 0x00...0x7F: count = 1; minimum = 0; value = lead
            case 0xC2...0xDF: count = 2; minimum = 0x80; value = lead & 0x1F
            case 0xE0...0xEF: count = 3; minimum = 0x800; value = lead & 0x0F
            case 0xF0...0xF4: count = 4; minimum = 0x10000; value = lead & 0x07
            default: return false
            }
            guard index + count <= to else { return false }
            for offset in 1..<count {
                let byte = UInt32(bytes[index + offset])
                guard byte & 0xC0 == 0x80 else { return false }
                value = value << 6 | (byte & 0x3F)
            }
            // Overlong forms, surrogates and values past U+10FFFF are not UTF-8.
            guard value >= minimum, value <= 0x10FFFF, !(0xD800...0xDFFF).contains(value) else { return false }
            scalars.append(value)
            index += count
        }
        return true
    }
}
