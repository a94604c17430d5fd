/// JSON string literals for the JSON files Stele writes (search index, check reports), built by hand so
/// that key order is fixed and the bytes are the same on every run.
package enum JSONText {
    /// `text` as a quoted JSON string. `<`, `>` and `&` are escaped too, so the JSON can be placed
    /// in an HTML `<script>` element unchanged, as can U+2028 and U+2029, which JavaScript before
    /// ES2019 did not accept in strings.
    package static func quote(_ text: String) -> String {
        // Most strings (words, titles, paragraphs) need nothing escaped; a scan of their bytes finds that
        // without decoding a scalar. Every scalar escaped is ASCII but U+2028 and U+2029 (E2 80 A8/A9).
        var bytes = text
        if bytes.withUTF8(isPlain) { return "\"" + text + "\"" }
        return quotedScalarByScalar(text)
    }

    /// `quote(text)` with every scalar looked at: what the byte scan stands in for.
    static func quotedScalarByScalar(_ text: String) -> String {
        let escaped = TextEscaping.map(text) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "\n": "\\n"
            case "\r": "\\r"
            case "\t": "\\t"
            case "<", ">", "&", "\u{0}"..."\u{1F}", "\u{2028}", "\u{2029}":
                "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: nil
            }
        }
        return "\"" + escaped + "\""
    }

    /// Whether `bytes` hold no byte that `quote` escapes, nor U+2028 or U+2029.
    static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for (index, byte) in bytes.enumerated() {
            switch byte {
            case 0..<0x20, UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "<"), UInt8(ascii: ">"),
                 UInt8(ascii: "&"):
                return false
            // U+2028 and U+2029 are E2 80 A8 and E2 80 A9; other scalars led by E2 (“ ” — …) are common.
            case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80
                && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                return false
            default:
                continue
            }
        }
        return true
    }
}
