import SteleSupport
import Testing
@testable import SteleImport

@Suite struct EditorWarningsTests {
    @Test func fixtureWarnings() throws {
        let notes = try ImportFixtures.articles("editor-warnings.txt").notes.filter { $0.severity == .warning }
        #expect(notes.map(\.description) == [
            #"editor-warnings.txt:1: warning: article "需要编辑查看的地方" has no dateline"#,
            #"editor-warnings.txt:5: warning: Latin word "and" in Chinese text"#,
            #"editor-warnings.txt:7: warning: doubled character "到到" in "记每到到一个""#,
            #"editor-warnings.txt:7: warning: doubled character "从从" in "能够从从小到""#,
        ])
    }

    @Test func latinWords() {
        let words = { (text: String) in EditorWarnings.latinWords(in: Array(text.unicodeScalars)) }
        #expect(words("社会组织 and 律师") == ["and"])
        #expect(words("推广GDP核算和iPhone应用") == [])
        #expect(words("English text, and more") == [])
        #expect(words("详见www.xinhua.net网站") == [])
    }

    @Test(arguments: [
        ("每到到一个", ["到到"]), ("能够从从小到大", ["从从"]), ("冶金金等课程", ["金金"]),
        ("常常深入基层", []), ("兢兢业业", []), ("踏踏实实", []), ("工作作出部署", []), ("全国国有企业", []),
        ("青山山区", []), ("工作队队员", []), ("天天向上", []),
        // Reduplication as grammar: a verb for "a little" (it has the 说一说 form), a measure word for "every".
        ("我们来说说这件事", []), ("大家看看效果", []), ("他次次都来", []), ("个个都是好样的", []),
        ("过年发发红包", []),
    ])
    func doubledCharacters(text: String, expected: [String]) {
        #expect(EditorWarnings.doubledCharacters(in: Array(text.unicodeScalars)).map(\.pair) == expected)
    }
}
