import Foundation

/// Percent-encoding of URL paths, byte by byte: the bytes of `CharacterSet.urlPathAllowed` but `?` and
/// `#` are kept, every other byte of the UTF-8 becomes `%XX` (upper-case hex), as Foundation's
/// `addingPercentEncoding(withAllowedCharacters:)` gives. Foundation's goes through an NSString and
/// CFString for every URL a page links to, and was 2.7% of a 10,000-article build; most paths need
/// nothing encoded and are returned as they are.
enum URLPathText {
    static func encode(_ path: String) -> String {
        let utf8 = path.utf8
        guard utf8.contains(where: { !isKept[Int($0)] }) else { return path }
        var encoded: [UInt8] = []
        encoded.reserveCapacity(utf8.count * 3)
        for byte in utf8 {
            if isKept[Int(byte)] {
                encoded.append(byte)
            } else {
                encoded.append(UInt8(ascii: "%"))
                encoded.append(hexDigits[Int(byte >> 4)])
                encoded.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        return String(decoding: encoded, as: UTF8.self)
    }

    /// Whether each byte value is written as it is: the ASCII of `urlPathAllowed` but `?` and `#`;
    /// never a byte of a multi-byte scalar.
    private static let isKept: [Bool] = (0..<256).map { byte in
        guard byte < 0x80, let scalar = Unicode.Scalar(byte), scalar != "?", scalar != "#" else { return false }
        return CharacterSet.urlPathAllowed.contains(scalar)
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)
}
