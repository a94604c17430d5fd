import Testing
@testable import SteleServe

@Suite("request paths")
struct RequestPathTests {
    @Test("a folder path names its index.html; a file path names the file")
    func filePaths() throws {
        #expect(try RequestPath.parse("/").filePath == "index.html")
        #expect(try RequestPath.parse("/articles/x/").filePath == "articles/x/index.html")
        #expect(try RequestPath.parse("/static/style.css?v=2").filePath == "static/style.css")
        #expect(try RequestPath.parse("/articles/x").isFolder == false)
    }

    @Test("each segment is percent-decoded exactly once, as UTF-8")
    func decodesOnce() throws {
        #expect(try RequestPath.parse("/articles/%E4%B8%AD%E6%96%87/").segments == ["articles", "中文"])
        #expect(try RequestPath.parse("/a%20b").segments == ["a b"])
        // `%252e` is the literal name `%2e`, not a dot: decoding twice would make it `.`.
        #expect(try RequestPath.parse("/%252e%252e/x").segments == ["%2e%2e", "x"])
    }

    @Test("the query is kept as sent, the path as sent for redirects")
    func queryAndEncodedPath() throws {
        let path = try RequestPath.parse("/articles/%E4%B8%AD?page=2#top")
        #expect(path.query == "page=2")
        #expect(path.encodedPath == "/articles/%E4%B8%AD")
    }

    @Test("paths whose meaning depends on a file system are refused", arguments: [
        ("/../x", RequestPathError.dotSegment), ("/a/./b", .dotSegment), ("/%2e%2e/x", .dotSegment),
        ("/%2E/x", .dotSegment), ("/a%2fb", .encodedSlash), ("/a%2Fb", .encodedSlash), ("/a\\b", .backslash),
        ("/a%5cb", .backslash), ("/a%00", .controlCharacter), ("/a%0d%0aSet-Cookie:x", .controlCharacter),
        ("/a%7f", .controlCharacter), ("//etc/passwd", .emptySegment), ("/a//b", .emptySegment), ("etc/passwd", .notAPath),
        ("http://host/x", .notAPath), ("*", .notAPath), ("", .notAPath), ("/%", .badEscape), ("/%2", .badEscape),
        ("/%zz", .badEscape), ("/%ff%fe", .invalidUTF8),
    ])
    func refused(target: String, error: RequestPathError) {
        #expect(throws: error) { try RequestPath.parse(target) }
    }
}
