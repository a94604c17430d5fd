/// JSON string literals for the JSON files Stele writes (search index, check reports), built by hand so
/// that key order is fixed and the bytes are the same on every run.
package enum JSONText {
    /// `text` as a quoted JSON string. `<`, `>` and `&` are escaped too, so the JSON can be placed
    /// in an HTML `<script>` element unchanged, as can U+2028 and U+2029, which JavaScript before
    /// ES2019 did not accept in strings.
    package static func quote(_ text: String) -> String {
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
}
