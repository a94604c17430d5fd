import Testing
@testable import SteleImport
@testable import SteleText

/// Inputs that once took minutes, each of a megabyte: a scanner that is not linear would not finish them
/// (issue 14). How fast they run belongs in `make bench`, not here.
@Suite struct LinearScanTests {
    @Test(arguments: [" ", "\u{3000}"] as [Unicode.Scalar])
    func aMegabyteOfSpacesBeforeADate(space: Unicode.Scalar) {
        let text = Array(repeating: space, count: (1 << 20) / String(space).utf8.count)
            + Array("2019 年 7 月，会议召开。".unicodeScalars)
        let mentions = DateScanner().mentions(in: text)
        #expect(mentions.map { String(String.UnicodeScalarView(text[$0.range])) } == ["2019 年 7 月"])
    }

    @Test func aMegabyteOfOneDoubledCharacter() {
        let text = Array(repeating: Unicode.Scalar("标"), count: 1 << 20)
        #expect(EditorWarnings.doubledCharacters(in: text).count == (1 << 20) - 1)
    }
}
