/// JSON string literals for the JSON files Stele writes (search index, check reports), built by hand so
/// that key order is fixed and the bytes are the same on every run.
enum JSONText {
    /// `text` as a quoted JSON string. `<`, `>` and `&` are escaped too, so the JSON can be placed
    /// in an HTML `<script>` element unchanged, as can U+2028 and U+2029, which JavaScript before
    /// ES2019 did not accept in strings.
    static func quote(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        result.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result.append(contentsOf: "\\\"".unicodeScalars)
            case "\\": result.append(contentsOf: "\\\\".unicodeScalars)
            case "\n": result.append(contentsOf: "\\n".unicodeScalars)
            case "\r": result.append(contentsOf: "\\r".unicodeScalars)
            case "\t": result.append(contentsOf: "\\t".unicodeScalars)
            case "<", ">", "&", "\u{0}"..."\u{1F}", "\u{2028}", "\u{2029}":
                let hex = String(scalar.value, radix: 16)
                result.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            default: result.append(scalar)
            }
        }
        result.append("\"")
        return String(result)
    }
}
