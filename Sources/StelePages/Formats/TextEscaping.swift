/// Rewrites text scalar by scalar, for the escaping of the XML and JSON files Stele writes.
enum TextEscaping {
    /// `text` with every scalar for which `replacement` returns a string replaced by it (`""` drops it).
    package static func map(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if let replaced = replacement(scalar) {
                result.append(contentsOf: replaced.unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` with the five characters markup gives meaning escaped (`'` as `apostrophe`, which HTML and
    /// XML spell differently) and the scalars `dropping` names left out.
    static func markup(_ text: String, apostrophe: String,
                       dropping drop: (Unicode.Scalar) -> Bool = { _ in false }) -> String {
        map(text) { scalar in
            switch scalar {
            case "&": "&amp;"
            case "<": "&lt;"
            case ">": "&gt;"
            case "\"": "&quot;"
            case "'": apostrophe
            default: drop(scalar) ? "" : nil
            }
        }
    }
}
