/// Rewrites text scalar by scalar, for the escaping of the XML and JSON files Stele writes.
enum TextEscaping {
    /// `text` with every scalar for which `replacement` returns a string replaced by it (`""` drops it).
    package static func map(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        let scalars = text.unicodeScalars
        // Most text has nothing to replace: it is returned as it is rather than rebuilt scalar by scalar.
        guard let first = scalars.firstIndex(where: { replacement($0) != nil }) else { return text }
        var result = String.UnicodeScalarView(scalars[..<first])
        for scalar in scalars[first...] {
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
