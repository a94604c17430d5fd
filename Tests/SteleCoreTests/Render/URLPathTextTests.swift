import Foundation
import Testing
@testable import StelePages

/// Paths are encoded byte by byte as Foundation's `addingPercentEncoding` encodes them with the URL path
/// characters less `?` and `#`: the same bytes, so every link of a site stays as it was.
@Suite struct URLPathTextTests {
    static let foundationAllowed: CharacterSet = {
        var set = CharacterSet.urlPathAllowed
        set.remove(charactersIn: "?#")
        return set
    }()

    @Test(arguments: [
        "articles/jian-qiang/", "tags/渡口/", "articles/a b/", "100%/", "a?b#c/", "semi;colon/", "é/ü/",
        "emoji-😀/", "~user/(1)/[x]/{y}/", "\"quote\"<>|\\^`/", "", "/", "中文路径/第2页/",
    ])
    func encodesAsFoundationDoes(path: String) {
        #expect(URLPathText.encode(path) == path.addingPercentEncoding(withAllowedCharacters: Self.foundationAllowed))
    }

    @Test func everyASCIIByteIsEncodedAsFoundationEncodesIt() {
        for value in 1..<128 {
            let text = "a\(Character(Unicode.Scalar(UInt8(value))))b"
            #expect(URLPathText.encode(text) == text.addingPercentEncoding(withAllowedCharacters: Self.foundationAllowed),
                    "byte \(value)")
        }
    }
}
