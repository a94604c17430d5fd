import Foundation
import SteleSupport

/// Reads the one assignment a jieba table file holds (`P={…}`, after an optional
/// `from __future__ import …` line and comments) as a `PythonLiteral`.
///
/// Only what the tables use is accepted: dicts, tuples and lists, quoted strings with Python's
/// escapes, and floats (`-3.14e+100`). Anything else is an error naming the file and line, so a
/// damaged or changed table is never read half-way.
package struct PythonLiteralParser {
    private let bytes: [UInt8]
    private let file: String
    private var position = 0
    private var line = 1

    private init(_ data: Data, file: String) {
        self.bytes = Array(data)
        self.file = file
    }

    /// The value assigned in `data`, the text of the table file `file`.
    package static func assignedValue(in data: Data, file: String) throws(WordDataError) -> PythonLiteral {
        var parser = PythonLiteralParser(data, file: file)
        return try parser.assignment()
    }

    private mutating func assignment() throws(WordDataError) -> PythonLiteral {
        skipSpace()
        if matches("from ") || matches("import ") {
            while position < bytes.count && bytes[position] != 0x0A { position += 1 }
            skipSpace()
        }
        var name = 0
        while position < bytes.count, isIdentifier(bytes[position]) {
            position += 1
            name += 1
        }
        skipSpace()
        guard name > 0, position < bytes.count, bytes[position] == UInt8(ascii: "=") else {
            throw failure("expected the table's assignment, such as 'P={'")
        }
        position += 1
        let value = try literal()
        skipSpace()
        guard position == bytes.count else { throw failure("unexpected text after the table") }
        return value
    }

    private mutating func literal() throws(WordDataError) -> PythonLiteral {
        skipSpace()
        guard position < bytes.count else { throw failure("the file ends inside the table") }
        let start = line
        switch bytes[position] {
        case UInt8(ascii: "{"):
            position += 1
            var pairs: [(key: PythonLiteral, value: PythonLiteral)] = []
            while try !closes(UInt8(ascii: "}"), afterItem: !pairs.isEmpty) {
                let key = try literal()
                skipSpace()
                guard position < bytes.count, bytes[position] == UInt8(ascii: ":") else {
                    throw failure("expected ':' after a dict key")
                }
                position += 1
                pairs.append((key, try literal()))
            }
            return PythonLiteral(value: .dictionary(pairs), line: start)
        case UInt8(ascii: "("), UInt8(ascii: "["):
            let close = bytes[position] == UInt8(ascii: "(") ? UInt8(ascii: ")") : UInt8(ascii: "]")
            position += 1
            var elements: [PythonLiteral] = []
            while try !closes(close, afterItem: !elements.isEmpty) {
                elements.append(try literal())
            }
            return PythonLiteral(value: .tuple(elements), line: start)
        case UInt8(ascii: "'"), UInt8(ascii: "\""):
            return PythonLiteral(value: .string(try quoted()), line: start)
        default:
            return PythonLiteral(value: .number(try number()), line: start)
        }
    }

    /// Consumes a separating comma or the closing bracket; true when the collection has closed.
    private mutating func closes(_ close: UInt8, afterItem: Bool) throws(WordDataError) -> Bool {
        skipSpace()
        guard position < bytes.count else { throw failure("the file ends inside the table") }
        if bytes[position] == close {
            position += 1
            return true
        }
        if afterItem {
            guard bytes[position] == UInt8(ascii: ",") else { throw failure("expected ',' or '\(Character(Unicode.Scalar(close)))'") }
            position += 1
            skipSpace()
            if position < bytes.count && bytes[position] == close {
                position += 1
                return true
            }
        }
        return false
    }

    private mutating func quoted() throws(WordDataError) -> String {
        let quote = bytes[position]
        position += 1
        // Most strings (every character of jieba's tables) hold no escape: their bytes are the string.
        if let end = bytes[position...].firstIndex(where: { $0 == quote || $0 == UInt8(ascii: "\\") || $0 == 0x0A }),
           bytes[end] == quote {
            let text = String(decoding: bytes[position..<end], as: UTF8.self)
            position = end + 1
            return text
        }
        var scalars = String.UnicodeScalarView()
        var pending: [UInt8] = []
        func flush() {
            scalars.append(contentsOf: String(decoding: pending, as: UTF8.self).unicodeScalars)
            pending.removeAll()
        }
        while true {
            guard position < bytes.count, bytes[position] != 0x0A else { throw failure("a string is not closed") }
            let byte = bytes[position]
            position += 1
            if byte == quote { break }
            guard byte == UInt8(ascii: "\\") else {
                pending.append(byte)
                continue
            }
            flush()
            guard position < bytes.count else { throw failure("a string is not closed") }
            let escape = bytes[position]
            position += 1
            switch escape {
            case UInt8(ascii: "u"), UInt8(ascii: "U"), UInt8(ascii: "x"):
                let digits = escape == UInt8(ascii: "u") ? 4 : escape == UInt8(ascii: "U") ? 8 : 2
                guard position + digits <= bytes.count,
                      let value = UInt32(String(decoding: bytes[position..<(position + digits)], as: UTF8.self), radix: 16),
                      let scalar = Unicode.Scalar(value)
                else { throw failure("a \\\(Character(Unicode.Scalar(escape))) escape needs \(digits) hex digits of a character") }
                scalars.append(scalar)
                position += digits
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "\""): scalars.append(Unicode.Scalar(escape))
            default: throw failure("unknown escape '\\\(Character(Unicode.Scalar(escape)))' in a string")
            }
        }
        flush()
        return String(scalars)
    }

    private mutating func number() throws(WordDataError) -> Double {
        let start = position
        while position < bytes.count, case let byte = bytes[position],
              (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            position += 1
        }
        guard position > start, let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            position = start
            throw failure("expected a dict, tuple, string or number")
        }
        return value
    }

    private mutating func skipSpace() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x0A:
                line += 1
                position += 1
            case 0x20, 0x09, 0x0D:
                position += 1
            case UInt8(ascii: "#"):
                while position < bytes.count && bytes[position] != 0x0A { position += 1 }
            default:
                return
            }
        }
    }

    private func matches(_ word: String) -> Bool {
        bytes[position...].starts(with: word.utf8)
    }

    private func isIdentifier(_ byte: UInt8) -> Bool {
        (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == UInt8(ascii: "_")
            || (byte >= 0x30 && byte <= 0x39)
    }

    private func failure(_ problem: String) -> WordDataError {
        .malformedTable(SourceLocation(file: file, line: line), problem: problem)
    }
}
