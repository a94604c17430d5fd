/// Text for HTML that Stele writes outside Mustache (which escapes its own `{{values}}`).
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped: safe in element content and quoted attributes.
    public static func escape(_ text: String) -> String {
        TextEscaping.markup(text, apostrophe: "&#39;")
    }
}
