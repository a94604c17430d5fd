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
}
