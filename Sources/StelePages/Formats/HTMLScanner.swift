import SteleSupport

/// Reads what the checker and the search index need from an HTML file, without a full HTML parser:
/// the ids anchors can point at, every URL the file references (with its line), the `<title>`, and
/// the text a reader sees.
///
/// Works on the UTF-8 bytes in one pass. It understands tags, quoted and unquoted attributes,
/// comments, `<script>`/`<style>` contents and character references — enough for HTML that Stele's
/// templates and cmark write, and forgiving of anything else (a stray `<` is text).
package struct HTMLScanner {
    /// A URL in an attribute: `href` (`a`, `link`, `area`), `src`, `srcset`, `poster` or `action`.
    package struct Reference: Equatable {
        package var element: String
        package var attribute: String
        /// The attribute value with character references decoded.
        package var value: String
        package var line: Int
    }

    package struct Result {
        package var ids: Set<String> = []
        package var references: [Reference] = []
        /// The text of the first `<title>`, nil when there is none.
        package var title: String?
        package var titleLine = 1
        /// Text outside tags, a line break at every tag (so words of different blocks stay apart).
        package var text = ""
    }

    /// Attributes holding URLs to follow. `srcset` is a list, split by `urls(inSrcset:)`.
    static let urlAttributes: Set<String> = ["href", "src", "srcset", "poster", "action"]

    /// Scans `html`. `collectText` also gathers the visible text (the search index wants it, the checker not).
    package static func scan(_ html: String, collectText: Bool = false) -> Result {
        var result = Result()
        var bytes = Array(html.utf8)
        bytes.append(0)  // a sentinel, so lookahead never runs off the end
        let end = bytes.count - 1
        var index = 0
        var line = 1
        var textBytes: [UInt8] = []
        var titleBytes: [UInt8]?

        func advance(to target: Int) {
            while index < target {
                if bytes[index] == UInt8(ascii: "\n") { line += 1 }
                index += 1
            }
        }
        /// Moves past the first occurrence of `marker` (ASCII, matched case-insensitively) or to the end.
        func skip(past marker: String) {
            let needle = Array(marker.utf8)
            var probe = index
            while probe + needle.count <= end {
                if (0..<needle.count).allSatisfy({ lower(bytes[probe + $0]) == needle[$0] }) {
                    advance(to: probe + needle.count)
                    return
                }
                probe += 1
            }
            advance(to: end)
        }
        func addText(_ byte: UInt8) {
            if collectText { textBytes.append(byte) }
            titleBytes?.append(byte)
        }

        while index < end {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "<") else {
                addText(byte)
                advance(to: index + 1)
                continue
            }
            let next = bytes[index + 1]
            if next == UInt8(ascii: "!") {
                if bytes[index + 2] == UInt8(ascii: "-") && bytes[index + 3] == UInt8(ascii: "-") {
                    advance(to: index + 4)
                    skip(past: "-->")
                } else {
                    skip(past: ">")
                }
                continue
            }
            let closing = next == UInt8(ascii: "/")
            let nameStart = index + (closing ? 2 : 1)
            guard isLetter(bytes[nameStart]) else {
                addText(byte)
                advance(to: index + 1)
                continue
            }
            var nameEnd = nameStart
            while isNameByte(bytes[nameEnd]) { nameEnd += 1 }
            let name = String(decoding: bytes[nameStart..<nameEnd].map(lower), as: UTF8.self)
            advance(to: nameEnd)
            if collectText { textBytes.append(UInt8(ascii: "\n")) }
            if closing {
                if name == "title", let captured = titleBytes, result.title == nil {
                    result.title = decodeReferences(String(decoding: captured, as: UTF8.self))
                    titleBytes = nil
                }
                skip(past: ">")
                continue
            }
            // Attributes, up to `>`.
            while index < end {
                while isSpace(bytes[index]) { advance(to: index + 1) }
                if bytes[index] == UInt8(ascii: ">") { advance(to: index + 1); break }
                if bytes[index] == UInt8(ascii: "/") { advance(to: index + 1); continue }
                let attributeLine = line
                let attributeStart = index
                while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: "="),
                      bytes[index] != UInt8(ascii: ">") {
                    advance(to: index + 1)
                }
                if index == attributeStart { advance(to: index + 1); continue }  // a stray `=`
                let attribute = String(decoding: bytes[attributeStart..<index].map(lower), as: UTF8.self)
                while isSpace(bytes[index]) { advance(to: index + 1) }
                var value: String?
                if bytes[index] == UInt8(ascii: "=") {
                    advance(to: index + 1)
                    while isSpace(bytes[index]) { advance(to: index + 1) }
                    let quote = bytes[index]
                    if quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") {
                        let valueStart = index + 1
                        var valueEnd = valueStart
                        while valueEnd < end && bytes[valueEnd] != quote { valueEnd += 1 }
                        value = String(decoding: bytes[valueStart..<valueEnd], as: UTF8.self)
                        advance(to: min(valueEnd + 1, end))
                    } else {
                        let valueStart = index
                        while index < end, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") {
                            advance(to: index + 1)
                        }
                        value = String(decoding: bytes[valueStart..<index], as: UTF8.self)
                    }
                }
                guard let raw = value else { continue }
                let decoded = decodeReferences(raw)
                if attribute == "id" || (attribute == "name" && name == "a") {
                    result.ids.insert(decoded)
                } else if urlAttributes.contains(attribute) && !(name == "base") {
                    result.references.append(Reference(element: name, attribute: attribute, value: decoded,
                                                       line: attributeLine))
                }
            }
            switch name {
            case "script", "style":
                skip(past: "</\(name)")
                skip(past: ">")
            case "title" where result.title == nil:
                titleBytes = []
                result.titleLine = line
            default:
                break
            }
        }
        if let captured = titleBytes, result.title == nil {
            result.title = decodeReferences(String(decoding: captured, as: UTF8.self))
        }
        if collectText { result.text = decodeReferences(String(decoding: textBytes, as: UTF8.self)) }
        return result
    }

    /// The text of `html` a reader sees, for the search index.
    package static func text(of html: String) -> String { scan(html, collectText: true).text }

    /// The URLs of a `srcset` value (`a.png 1x, b.png 2x`).
    package static func urls(inSrcset value: String) -> [String] {
        value.split(separator: ",").compactMap { candidate in
            candidate.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).first.map(String.init)
        }
    }

    /// `&amp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`, `&nbsp;` and numeric references decoded; other
    /// references are left as written.
    package static func decodeReferences(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var result = ""
        var rest = Substring(text)
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].prefix(12).firstIndex(of: ";") else {
                result += "&"
                rest = rest[afterAmpersand...]
                continue
            }
            let name = rest[afterAmpersand..<semicolon]
            if let decoded = decodeReference(name) {
                result.unicodeScalars.append(decoded)
                rest = rest[rest.index(after: semicolon)...]
            } else {
                result += "&"
                rest = rest[afterAmpersand...]
            }
        }
        return result + rest
    }

    private static func decodeReference(_ name: Substring) -> Unicode.Scalar? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "apos": return "'"
        case "nbsp": return "\u{A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init)
        }
    }

    private static func lower(_ byte: UInt8) -> UInt8 {
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
    }

    private static func isLetter(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(lower(byte))
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }
}
