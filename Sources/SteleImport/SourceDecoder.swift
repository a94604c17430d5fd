import CICU
import Foundation
import SteleSupport
import SteleText

/// The encodings a raw text may come in.
public enum SourceEncoding: String, Sendable {
    case utf8 = "UTF-8"
    case utf8WithBOM = "UTF-8 with BOM"
    case utf16LittleEndian = "UTF-16LE"
    case utf16BigEndian = "UTF-16BE"
    case gb18030 = "GB18030"
}

/// A raw text decoded to Swift lines, with what it took to get there.
public struct DecodedSource: Sendable, Equatable {
    /// The lines without their line endings; `lines[0]` is line 1.
    public var lines: [String]
    public var encoding: SourceEncoding
    /// `CRLF` or `CR` when the file did not use plain `LF`, for the report.
    public var lineEnding: String?
}

/// Turns the bytes of a raw text into lines, whatever encoding and line endings they use.
///
/// Foundation on Linux cannot decode GB18030, so everything that is not UTF-8 goes through ICU.
public enum SourceDecoder {
    public static func decode(_ data: Data, file: String) throws(ImportError) -> DecodedSource {
        let bytes = [UInt8](data)
        let (text, encoding) = try decodeText(bytes, file: file)
        let (lines, lineEnding) = splitLines(text)
        if let index = lines.firstIndex(where: { line in line.unicodeScalars.contains(where: isBinaryControl) }) {
            throw .binary(file: file, line: index + 1)
        }
        guard lines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { throw .empty(file: file) }
        return DecodedSource(lines: lines, encoding: encoding, lineEnding: lineEnding)
    }

    private static func decodeText(_ bytes: [UInt8], file: String) throws(ImportError) -> (String, SourceEncoding) {
        guard !bytes.isEmpty else { throw .empty(file: file) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw .undecodable(file: file, line: firstInvalidUTF8Line(bytes))
            }
            return (text, .utf8WithBOM)
        }
        for (bom, charset, encoding) in [([UInt8](arrayLiteral: 0xFF, 0xFE), "UTF-16LE", SourceEncoding.utf16LittleEndian),
                                         ([0xFE, 0xFF], "UTF-16BE", .utf16BigEndian)] where bytes.starts(with: bom) {
            guard let text = icuDecode(Array(bytes.dropFirst(2)), charset: charset) else {
                throw .undecodable(file: file, line: 1)
            }
            return (text, encoding)
        }
        // A NUL byte never occurs in UTF-8 or GB18030 text; UTF-16 without a byte-order mark is not accepted.
        if let nul = bytes.firstIndex(of: 0) {
            throw .binary(file: file, line: bytes[..<nul].count(where: { $0 == 0x0A }) + 1)
        }
        if let text = String(validating: bytes, as: UTF8.self) { return (text, .utf8) }
        if let text = icuDecode(bytes, charset: "GB18030"), !isMostlyPrivateUse(text) { return (text, .gb18030) }
        throw .undecodable(file: file, line: firstInvalidUTF8Line(bytes))
    }

    private static func icuDecode(_ bytes: [UInt8], charset: String) -> String? {
        if bytes.isEmpty { return "" }
        return ICUCall.utf8(from: bytes) { input, count, output, length in
            stele_icu_decode(charset, input, count, &output, &length)
        }
    }

    /// Splits on LF, CRLF or lone CR, and says which one the file used (nil for LF).
    static func splitLines(_ text: String) -> (lines: [String], lineEnding: String?) {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var sawCRLF = false, sawCR = false
        var scalars = text.unicodeScalars.makeIterator()
        var pending = scalars.next()
        if pending == "\u{FEFF}" { pending = scalars.next() }  // a BOM that survived decoding
        while let scalar = pending {
            pending = scalars.next()
            switch scalar {
            case "\n":
                lines.append(String(current))
                current = String.UnicodeScalarView()
            case "\r":
                if pending == "\n" {
                    sawCRLF = true
                    pending = scalars.next()
                } else {
                    sawCR = true
                }
                lines.append(String(current))
                current = String.UnicodeScalarView()
            default:
                current.append(scalar)
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return (lines, sawCRLF ? "CRLF" : sawCR ? "CR" : nil)
    }

    /// Big5 and other double-byte encodings also decode as GB18030, but land in its user-defined
    /// (private-use) areas, which real Chinese text hardly touches.
    private static func isMostlyPrivateUse(_ text: String) -> Bool {
        var wide = 0, privateUse = 0
        for scalar in text.unicodeScalars where !scalar.isASCII {
            wide += 1
            if (0xE000...0xF8FF).contains(scalar.value) { privateUse += 1 }
        }
        return privateUse * 100 > wide
    }

    /// Control characters that no text holds (tab and form feed do).
    private static func isBinaryControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\t" && scalar != "\u{0C}") || scalar.value == 0x7F
    }

    private static func firstInvalidUTF8Line(_ bytes: [UInt8]) -> Int {
        var line = 1
        var start = 0
        for (index, byte) in bytes.enumerated() where byte == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
