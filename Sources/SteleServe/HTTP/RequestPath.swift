/// A request target taken apart: the decoded path segments it names in the built site.
///
/// The site is a dictionary of built files, so no request can reach the disk whatever its path; these
/// rules still refuse every target whose meaning would depend on how a file system reads it (dot
/// segments, encoded slashes, backslashes, control characters), so that a lookup key is never ambiguous.
struct RequestPath: Equatable {
    /// Percent-decoded segments, none of them empty, `.` or `..`.
    var segments: [String]
    /// Whether the target ended in `/`: a folder, served by its `index.html`.
    var isFolder: Bool
    /// The path as sent (still percent-encoded), for redirects that must not re-encode it.
    var encodedPath: String
    /// The query as sent, without `?`, or nil.
    var query: String?

    /// The built file this path names: `articles/x/index.html` for `/articles/x/`.
    var filePath: String {
        let joined = segments.joined(separator: "/")
        if isFolder { return joined.isEmpty ? "index.html" : joined + "/index.html" }
        return joined
    }

    /// Parses an origin-form request target (`/path?query`), percent-decoding each segment exactly once.
    static func parse(_ target: String) throws(RequestPathError) -> RequestPath {
        let bytes = Array(target.utf8)
        let end = bytes.firstIndex { $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "#") } ?? bytes.endIndex
        // Only origin-form: absolute-form (`http://host/x`) and `*` are proxy and OPTIONS forms.
        guard bytes.first == UInt8(ascii: "/") else { throw .notAPath }
        var segments: [String] = []
        let raw = bytes[1..<end].split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
        for (index, segment) in raw.enumerated() {
            if segment.isEmpty {
                // Only the last segment may be empty: `/a/` is a folder, `/a//b` and `//a` are not paths we made.
                guard index == raw.count - 1 else { throw .emptySegment }
                continue
            }
            let decoded = try decode(segment)
            guard decoded != "." && decoded != ".." else { throw .dotSegment }
            segments.append(decoded)
        }
        let query = end < bytes.endIndex && bytes[end] == UInt8(ascii: "?")
            ? String(decoding: bytes[(end + 1)...].prefix { $0 != UInt8(ascii: "#") }, as: UTF8.self) : nil
        return RequestPath(segments: segments, isFolder: raw.last?.isEmpty ?? true,
                           encodedPath: String(decoding: bytes[..<end], as: UTF8.self), query: query)
    }

    /// Decodes `%XX` escapes once (`%252e` stays `%2e`, a literal name) and checks the bytes it yields.
    private static func decode(_ segment: ArraySlice<UInt8>) throws(RequestPathError) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(segment.count)
        var index = segment.startIndex
        while index < segment.endIndex {
            var byte = segment[index]
            if byte == UInt8(ascii: "%") {
                guard index + 2 < segment.endIndex,
                      let high = hexValue(segment[index + 1]), let low = hexValue(segment[index + 2])
                else { throw .badEscape }
                byte = high << 4 | low
                if byte == UInt8(ascii: "/") { throw .encodedSlash }
                index += 3
            } else {
                index += 1
            }
            if byte == UInt8(ascii: "\\") { throw .backslash }
            if byte < 0x20 || byte == 0x7F { throw .controlCharacter }
            decoded.append(byte)
        }
        guard let text = String(validating: decoded, as: UTF8.self) else { throw .invalidUTF8 }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}

/// Why a request target was refused with 400 Bad Request.
enum RequestPathError: Error, Equatable, CustomStringConvertible {
    case notAPath
    case emptySegment
    case badEscape
    case encodedSlash
    case backslash
    case controlCharacter
    case invalidUTF8
    case dotSegment

    var description: String {
        switch self {
        case .notAPath: "the request target must be a path starting with /"
        case .emptySegment: "the path has an empty segment (//)"
        case .badEscape: "the path has a % not followed by two hex digits"
        case .encodedSlash: "the path has an encoded slash (%2F)"
        case .backslash: "the path has a backslash"
        case .controlCharacter: "the path has a control character"
        case .invalidUTF8: "the path does not decode to UTF-8"
        case .dotSegment: "the path has a . or .. segment"
        }
    }
}
