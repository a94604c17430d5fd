import Testing
@testable import SteleAnalysis
import SteleText

/// The build cache's bytes (`EntryWriter`, `EntryReader`): values read back as written, and any file the
/// writer did not make whole — cut short, with bytes after it, edited — is refused, never trapped on.
@Suite struct EntryCodingTests {
    @Test func integersOfEverySizeReadBack() throws {
        let values = [0, 1, -1, 63, -64, 64, 127, 128, 300, -300, 1 << 40, Int.max, Int.min]
        var writer = EntryWriter()
        for value in values { writer.write(value) }
        var reader = EntryReader(writer.bytes)
        for value in values { #expect(try reader.readInt() == value) }
        #expect(reader.isAtEnd)
        // Small magnitudes of either sign take one byte each.
        var small = EntryWriter()
        for value in -64...63 { small.write(value) }
        #expect(small.bytes.count == 128)
    }

    @Test func stringsAndOptionalsReadBack() throws {
        var writer = EntryWriter()
        writer.write("贡江镇渡口 🚢 ferry")
        writer.write("")
        writer.write(String?.none)
        writer.write(Int?.some(-5))
        writer.write(true)
        var reader = EntryReader(writer.bytes)
        #expect(try reader.readString() == "贡江镇渡口 🚢 ferry")
        #expect(try reader.readString() == "")
        #expect(try reader.readOptionalString() == nil)
        #expect(try reader.readOptionalInt() == -5)
        #expect(try reader.readBool())
        #expect(reader.isAtEnd)
    }

    /// An article's whole entry: every shorter prefix of its bytes fails to read, and so does the entry
    /// with a byte more (the store then analyses the article again).
    @Test func anEntryCutShortOrLengthenedIsRefused() throws {
        var words = ArticleWords()
        words.wordTokens = 3
        words.contentTokens = 2
        words.counts = ["渡口": 2, "的": 0]
        words.mentions = [EntityMention(kind: .place, name: "贡江镇", hasEvidence: true)]
        let stored = ArticleAnalysis.Stored(events: [StoredEventTests.full, StoredEventTests.bare],
                                            quantities: ArticleQuantities(articleTitle: "渡口", articlePath: "articles/dukou/",
                                                                          list: [StoredQuantityTests.full]),
                                            words: words,
                                            figures: ArticleFigures(title: "渡口", path: "articles/dukou/", figures: TextFigures()))
        var writer = EntryWriter()
        writer.write(stored)
        let bytes = writer.bytes
        for end in 0..<bytes.count {
            var reader = EntryReader(Array(bytes[..<end]))
            #expect(throws: EntryReader.Damaged.self) { try reader.read(ArticleAnalysis.Stored.self) }
        }
        var longer = EntryReader(bytes + [0])
        _ = try longer.read(ArticleAnalysis.Stored.self)
        #expect(!longer.isAtEnd)
    }

    @Test func bytesThatAreNoEntryAreRefused() {
        func refused(_ bytes: [UInt8], _ read: (inout EntryReader) throws -> Void) -> Bool {
            var reader = EntryReader(bytes)
            do { try read(&reader) } catch { return error is EntryReader.Damaged }
            return false
        }
        #expect(refused([0x14, 0x41]) { _ = try $0.readString() }, "a string longer than what is left")
        #expect(refused([0x04, 0xFF, 0xFE]) { _ = try $0.readString() }, "bytes that are not UTF-8")
        #expect(refused([0xFE, 0xFF, 0xFF, 0x7F]) { _ = try $0.readList(of: EntityMention.self) }, "more items than bytes")
        #expect(refused([2]) { _ = try $0.readBool() }, "a flag neither 0 nor 1")
        #expect(refused(Array(repeating: 0xFF, count: 11)) { _ = try $0.readInt() }, "an integer that never ends")
        #expect(refused([0x06, 0x02, 0x41, 0x41, 0, 0]) { _ = try $0.read(EntityMention.self) }, "a kind of name that does not exist")
        #expect(refused([0x02, 0x41]) { _ = try $0.read(Quantity.Group.self) }, "a group that does not exist")
        // Two counts, then a vocabulary said to hold 2⁶² words.
        #expect(refused([0, 0, 0xFE, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7F]) { _ = try $0.read(ArticleWords.self) },
                "a list of words longer than the entry")
    }
}
