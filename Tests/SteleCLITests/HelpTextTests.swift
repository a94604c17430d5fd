import Foundation
import Testing

/// Help is read in 80-column terminals: no line of it may be wider, or the parser re-wraps it ragged.
@Suite struct HelpTextTests {
    @Test(arguments: [[], ["init"], ["import"], ["build"], ["serve"], ["check"]])
    func helpFitsEightyColumns(command: [String]) throws {
        let result = try SteleProcess.run(command + ["--help"], in: FileManager.default.temporaryDirectory,
                                          environment: ["COLUMNS": "80"])
        #expect(result.status == 0)
        let overview = result.stdout.components(separatedBy: "USAGE:")[0]
        for line in overview.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(line.count <= 80, "\(line)")
        }
        // A sentence broken by the parser leaves a stub of a word or two before the paragraph goes on.
        let lines = overview.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty {
            #expect(line.count >= 20, "a stub of a line: \(line)")
        }
    }
}
