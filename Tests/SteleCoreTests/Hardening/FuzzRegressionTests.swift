import Foundation
import Testing
@testable import SteleFuzz

/// Every input under Tests/Fixtures/fuzz/ — our seeds and whatever a fuzzer once found — goes through
/// its target again: a crash here is a regression (docs/fuzzing.md).
@Suite struct FuzzRegressionTests {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/fuzz")

    @Test(arguments: FuzzTarget.allCases)
    func everyKeptInputRunsThrough(target: FuzzTarget) throws {
        let inputs = try FileManager.default.contentsOfDirectory(
            at: Self.folder.appendingPathComponent(target.rawValue), includingPropertiesForKeys: nil)
        #expect(!inputs.isEmpty, "no inputs for \(target.rawValue)")
        for input in inputs {
            target.run(try Data(contentsOf: input))
        }
    }

    @Test func theImporterKeepsItsPromiseOnTheSeed() throws {
        // The import target asserts that each file the importer writes parses back; this shows the seed
        // really produces articles, so that the promise is exercised and not skipped.
        let seed = try Data(contentsOf: Self.folder.appendingPathComponent("import/seed-article.txt"))
        #expect(FuzzTarget.articleCount(importing: seed) > 0)
    }
}
