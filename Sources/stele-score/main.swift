import Foundation
import SteleScore

// `make score`: how well `stele import` reads the corpus of real-world layouts.
//
//   stele-score [CORPUS] [--misses]
//
// CORPUS defaults to Tests/Fixtures/import-corpus. --misses lists every comparison that failed.
let arguments = Array(CommandLine.arguments.dropFirst())
let corpus = arguments.first { !$0.hasPrefix("--") } ?? "Tests/Fixtures/import-corpus"
do {
    let score = try ImportScorer(folder: URL(fileURLWithPath: corpus)).score()
    print("Import corpus: \(corpus)\n")
    print(score.table)
    if arguments.contains("--misses") {
        print(score.misses.joined(separator: "\n"))
    } else if !score.misses.isEmpty {
        print("\(score.misses.count) comparisons failed; --misses lists them.")
    }
} catch {
    FileHandle.standardError.write(Data("stele-score: \(error)\n".utf8))
    exit(1)
}
