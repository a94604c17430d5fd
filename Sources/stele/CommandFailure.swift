import ArgumentParser
import Foundation

/// Prints each problem on its own line to standard error as `error: …` and exits 1.
struct CommandFailure: Error {
    let problems: [String]

    init(_ problems: [String]) {
        self.problems = problems
        for problem in problems {
            FileHandle.standardError.write(Data("error: \(problem)\n".utf8))
        }
    }
}

extension CommandFailure: CustomStringConvertible {
    var description: String { "\(problems.count) error\(problems.count == 1 ? "" : "s")" }
}
