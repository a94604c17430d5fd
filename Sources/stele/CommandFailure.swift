import ArgumentParser
import Foundation

/// How a command fails: each problem on its own line to standard error as `error: …`, then exit 1.
///
/// What `report` returns is thrown: an `ExitCode`, so ArgumentParser adds no `Error: 1 error` line of its
/// own, which would only count what was just printed.
enum CommandFailure {
    static func report(_ problems: [String]) -> ExitCode {
        for problem in problems {
            FileHandle.standardError.write(Data("error: \(problem)\n".utf8))
        }
        return .failure
    }
}
