import Foundation
import Testing
@testable import SteleImport

@Suite struct SourceDecoderTests {
    @Test(arguments: [
        ("encoding-utf8-bom.txt", SourceEncoding.utf8WithBOM), ("encoding-utf16le-bom.txt", .utf16LittleEndian),
        ("encoding-utf16be-bom.txt", .utf16BigEndian), ("encoding-gb18030.txt", .gb18030),
    ])
    func everyEncodingReadsAsTheUTF8Original(name: String, encoding: SourceEncoding) throws {
        let original = try SourceDecoder.decode(ImportFixtures.data("encoding-utf8.txt"), file: "utf8")
        let decoded = try SourceDecoder.decode(ImportFixtures.data(name), file: name)
        #expect(decoded.encoding == encoding)
        #expect(decoded.lines == original.lines)
        #expect(original.encoding == .utf8)
        // The 4-byte GB18030 sequence (U+20BB7) survives: GB18030, not just GBK.
        #expect(decoded.lines[0].contains("𠮷"))
    }

    @Test(arguments: [("line-endings-crlf.txt", "CRLF"), ("line-endings-cr.txt", "CR")])
    func lineEndingsBecomeLines(name: String, ending: String) throws {
        let original = try SourceDecoder.decode(ImportFixtures.data("encoding-utf8.txt"), file: "utf8")
        let decoded = try SourceDecoder.decode(ImportFixtures.data(name), file: name)
        #expect(decoded.lineEnding == ending)
        #expect(decoded.lines == original.lines)
        #expect(!decoded.lines.contains { $0.contains("\r") })
    }

    @Test func everyEncodingImportsToTheSameMarkdown() throws {
        let markdown = { (name: String) in
            // One name in the report and in `source`, so that only the bytes differ.
            try SourceImporter.articles(from: ImportFixtures.data(name), file: "article.txt").articles.map(MarkdownWriter.document)
        }
        let original = try markdown("encoding-utf8.txt")
        for name in ["encoding-utf8-bom.txt", "encoding-utf16le-bom.txt", "encoding-utf16be-bom.txt",
                     "encoding-gb18030.txt", "line-endings-crlf.txt", "line-endings-cr.txt"] {
            let markdown = try markdown(name)
            #expect(markdown == original, "\(name)")
        }
    }

    @Test(arguments: [
        ("empty.txt", ImportError.empty(file: "empty.txt")),
        ("blank-lines-only.txt", .empty(file: "blank-lines-only.txt")),
        ("binary.bin", .binary(file: "binary.bin", line: 1)),
        ("utf16-without-bom.txt", .binary(file: "utf16-without-bom.txt", line: 1)),
        ("undecodable.txt", .undecodable(file: "undecodable.txt", line: 1)),
        ("big5-not-supported.txt", .undecodable(file: "big5-not-supported.txt", line: 1)),
    ])
    func badFilesGetAClearError(name: String, expected: ImportError) throws {
        let data = try ImportFixtures.data(name)
        #expect(throws: expected) { try SourceDecoder.decode(data, file: name) }
        #expect(expected.description.hasPrefix(name))
    }

    @Test func controlCharactersAfterDecodingAreBinary() {
        // Valid UTF-8, but a bell character is no text.
        #expect(throws: ImportError.binary(file: "x", line: 2)) {
            try SourceDecoder.decode(Data("标题\n正文\u{07}。\n".utf8), file: "x")
        }
    }
}
