import Foundation
import SteleSite

/// A line on the terminal that says how far a long build has come (`rendering 5120/10000 articles,
/// 2400/s`), redrawn in place. Shown only when standard error is a terminal, and only once the build
/// has run for a second: short builds and logs in CI stay clean.
struct ProgressLine {
    let progress: BuildProgress
    static let delay: Duration = .seconds(1)
    static let interval: Duration = .milliseconds(250)

    /// Draws the line until the task is cancelled, then clears it.
    func run() async {
        guard isatty(STDERR_FILENO) == 1 else { return }
        do { try await Task.sleep(for: Self.delay) } catch { return }
        let clock = ContinuousClock()
        var stage = ""
        var stageStart = clock.now
        var drawn = false
        while !Task.isCancelled {
            let snapshot = progress.snapshot
            if snapshot.stage != stage {
                stage = snapshot.stage
                stageStart = clock.now
            }
            Self.draw(Self.text(snapshot, elapsed: clock.now - stageStart))
            drawn = true
            do { try await Task.sleep(for: Self.interval) } catch { break }
        }
        if drawn { Self.draw("") }
    }

    static func text(_ snapshot: BuildProgress.Snapshot, elapsed: Duration) -> String {
        guard snapshot.total > 0 else { return "\(snapshot.stage)…" }
        let seconds = elapsed.inSeconds
        let rate = seconds > 0 ? ", \(Int(Double(snapshot.done) / seconds))/s" : ""
        return "\(snapshot.stage) \(snapshot.done)/\(snapshot.total) articles\(rate)"
    }

    /// Carriage return, the text, and erase to the end of the line.
    private static func draw(_ text: String) {
        FileHandle.standardError.write(Data("\r\(text)\u{1B}[K".utf8))
    }
}
