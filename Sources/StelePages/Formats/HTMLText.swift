/// Text for HTML: what Stele writes outside Mustache, and Mustache's own `{{values}}` (see `HTMLEscaping`).
public enum HTMLText {
    /// `text` with `&`, `<`, `>`, `"` and `'` escaped: safe in element content and quoted attributes.
    public static func escape(_ text: String) -> String {
        // The five are ASCII, so a UTF-8 byte equal to one of them is that character: the text is scanned
        // as bytes, and returned as it is when it holds none (most titles and Chinese text hold none).
        var bytes = text
        return bytes.withUTF8 { bytes -> String? in
            guard let first = bytes.firstIndex(where: { replacement(for: $0) != nil }) else { return nil }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            result.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                if let replaced = replacement(for: byte) {
                    replaced.withUTF8Buffer { result.append(contentsOf: $0) }
                } else {
                    result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        } ?? text
    }

    @inline(__always) private static func replacement(for byte: UInt8) -> StaticString? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
