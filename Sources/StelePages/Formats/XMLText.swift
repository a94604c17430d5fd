/// Text and attribute values for the XML files Stele writes (feed, sitemap).
enum XMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped and the characters XML 1.0 forbids dropped
    /// (control characters other than tab and line breaks, U+FFFE, U+FFFF), so any title or summary
    /// yields a well-formed file.
    package static func escape(_ text: String) -> String {
        TextEscaping.markup(text, apostrophe: "&apos;", dropping: { scalar in
            switch scalar {
            case "\t", "\n", "\r": false
            case "\u{0}"..."\u{1F}", "\u{FFFE}", "\u{FFFF}": true
            default: false
            }
        })
    }
}
