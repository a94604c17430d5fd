import Foundation
import Testing
@testable import SteleText
import SteleSupport

/// jieba's HMMs for the words its dictionary lacks, read from python3-jieba's tables.
@Suite struct UnknownWordModelTests {
    func words(_ tokens: [Token]) -> [String] { tokens.map(\.text) }

    @Test func anUnknownThreeCharacterNameComesOutAsOneTokenTaggedAsAPerson() throws {
        let text = "中国科学院院士蒯昕蕤表示，基础研究要和产业需求对接。"
        let tokens = try StatsFixtures.jiebaWithHMM().tokens(in: text)
        let name = try #require(tokens.first { $0.text == "蒯昕蕤" }, "cut as \(words(tokens))")
        #expect(name.tag == "nr")
        #expect(name.isNewWord)
        #expect(words(tokens).joined() == text, "the tokens cover the text")
        #expect(!words(try StatsFixtures.jieba().tokens(in: text)).contains("蒯昕蕤"), "without the HMM the name falls apart")
    }

    @Test func dictionaryWordsKeepTheirCutAndTag() throws {
        let tokens = try StatsFixtures.jiebaWithHMM().tokens(in: "基础研究要和产业需求对接")
        #expect(words(tokens) == ["基础", "研究", "要", "和", "产业", "需求", "对接"])
        #expect(tokens.allSatisfy { !$0.isNewWord })
    }

    @Test func aTableIsReadAsThePythonLiteralItIs() throws {
        let text = "from __future__ import unicode_literals\n\nP={('B', 'nr'): {'\\u4e00': -3.5,\n  '\\u738b': -1e+2},\n 'S': ()}\n"
        let value = try PythonLiteralParser.assignedValue(in: Data(text.utf8), file: "t.py")
        let pairs = try #require(value.pairs)
        #expect(pairs.count == 2)
        #expect(pairs[0].key.elements?.compactMap(\.string) == ["B", "nr"])
        #expect(pairs[0].value.pairs?.map { $0.key.string ?? "" } == ["一", "王"])
        #expect(pairs[0].value.pairs?.last?.value.number == -100)
        #expect(pairs[0].value.pairs?.last?.key.line == 4)
    }

    @Test(arguments: [
        ("P={'B': -0.26,\n 'E': oops}\n", 2, "expected a dict, tuple, string or number"),
        ("P={'B': -0.26\n 'E': 1}\n", 2, "expected ',' or '}'"),
        ("P={'B': {'\\u4e0': 1}}\n", 1, "a \\u escape needs 4 hex digits of a character"),
        ("P={'B\n': 1}\n", 1, "a string is not closed"),
        ("P={'B", 1, "a string is not closed"),
        ("P={'B': -0.26,\n", 2, "the file ends inside the table"),
        ("{'B': 1}", 1, "expected the table's assignment, such as 'P={'"),
    ])
    func aMalformedTableIsAnErrorAtItsLine(text: String, line: Int, problem: String) {
        #expect(throws: WordDataError.malformedTable(SourceLocation(file: "bad.py", line: line), problem: problem)) {
            try PythonLiteralParser.assignedValue(in: Data(text.utf8), file: "bad.py")
        }
    }

    @Test func aTableOfTheWrongShapeNamesItsFileAndLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("hmm-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let jieba = URL(fileURLWithPath: UnknownWordModel.jiebaDirectory)
        for table in ["finalseg/prob_start.py", "finalseg/prob_trans.py", "finalseg/prob_emit.py", "posseg/prob_start.py",
                      "posseg/prob_trans.py", "posseg/prob_emit.py", "posseg/char_state_tab.py"] {
            let target = folder.appendingPathComponent(table)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: jieba.appendingPathComponent(table), to: target)
        }
        let broken = folder.appendingPathComponent("finalseg/prob_trans.py")
        try "P={'B': {'E': -0.51, 'M': -0.91},\n 'X': {'B': -0.58}}\n".write(to: broken, atomically: true, encoding: .utf8)
        #expect(throws: WordDataError.malformedTable(SourceLocation(file: broken.path, line: 2),
                                                     problem: "expected a state: 'B', 'M', 'E' or 'S'")) {
            try UnknownWordModel.load(jiebaDirectory: folder.path)
        }
    }
}
