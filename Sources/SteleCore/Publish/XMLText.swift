/// Text and attribute values for the XML files Stele writes (feed, sitemap).
enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped and the characters XML 1.0 forbids dropped
    /// (control characters other than tab and line breaks, U+FFFE, U+FFFF), so any title or summary
    /// yields a well-formed file.
    static func escape(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": result.append(contentsOf: "&amp;".unicodeScalars)
            case "<": result.append(contentsOf: "&lt;".unicodeScalars)
            case ">": result.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": result.append(contentsOf: "&quot;".unicodeScalars)
            case "'": result.append(contentsOf: "&apos;".unicodeScalars)
            case "\t", "\n", "\r": result.append(scalar)
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }
}
