import Foundation
import Testing
import SteleSupport

/// The digest the build cache names its inputs by: equal pieces give equal digests, and where one
/// piece ends and the next begins is part of what is digested.
@Suite struct ContentDigestTests {
    private func digest(_ pieces: String...) -> String {
        var digest = ContentDigest()
        for piece in pieces { digest.update(piece) }
        return digest.finalize()
    }

    @Test func equalPiecesGiveEqualDigests() {
        #expect(digest("标题", "正文") == digest("标题", "正文"))
        #expect(digest("标题", "正文").count == 64)
    }

    @Test func theBoundariesBetweenPiecesCount() {
        #expect(digest("ab", "c") != digest("a", "bc"))
        #expect(digest("abc") != digest("ab", "c"))
    }

    @Test func dataAndNumbersAreDigestedByValue() {
        var a = ContentDigest()
        a.update(Data([1, 2, 3]))
        a.update(7)
        var b = ContentDigest()
        b.update(Data([1, 2, 3]))
        b.update(8)
        #expect(a.finalize() != b.finalize())
    }
}
