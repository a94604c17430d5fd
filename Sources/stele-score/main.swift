import Foundation
import SteleAnalysis
import SteleContent
import SteleScore

// `make score`: how well `stele import` reads the corpus of real-world layouts, and how well the
// analysis finds the events, quantities and names of the analysis corpus.
//
//   stele-score [--misses]
//
// --misses lists every comparison that failed.
let showMisses = CommandLine.arguments.contains("--misses")
do {
    let importScore = try ImportScorer(folder: URL(fileURLWithPath: "Tests/Fixtures/import-corpus")).score()
    print("Import corpus: Tests/Fixtures/import-corpus\n")
    print(importScore.table)
    if showMisses { print(importScore.misses.joined(separator: "\n") + "\n") }

    let folder = URL(fileURLWithPath: "Tests/Fixtures/analysis-corpus")
    let words = try WordSources.load(config: SiteConfig(), siteDirectory: folder)
    let analysisScore = try await AnalysisScorer(folder: folder, words: words).score()
    print("Analysis corpus: Tests/Fixtures/analysis-corpus (no words.txt)\n")
    print(analysisScore.table)
    if showMisses { print(analysisScore.misses.joined(separator: "\n")) }
    if !showMisses { print("\(importScore.misses.count + analysisScore.misses.count) comparisons failed; --misses lists them.") }
} catch {
    FileHandle.standardError.write(Data("stele-score: \(error)\n".utf8))
    exit(1)
}
