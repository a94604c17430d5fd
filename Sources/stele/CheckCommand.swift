import ArgumentParser
import Foundation
import SteleSite

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Build in memory; check every link, anchor, file and title.",
        discussion: """
            Writes nothing. Prints each problem as `file:line: message` (the content
            file and line for links written in Markdown, output/PATH:LINE for what
            templates wrote) and exits 1 when there is an error; warnings (a key that
            looks mistyped) are listed but pass. Links to other sites are not followed.
            --format json prints {"problems":[{"file","line","column","severity",
            "message","kind"}],"checkedFiles":N} for other programs.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var options: SiteOptions

    @Option(help: "text (file:line: message) or json.")
    var format: Format = .text

    func run() async throws {
        let builder = try options.builder()
        let report: CheckReport
        do throws(BuildError) {
            report = LinkChecker(site: try await builder.build()).check()
        } catch {
            report = CheckReport(failedBuild: error)
        }
        switch format {
        case .text:
            FileHandle.standardOutput.write(Data(report.text.utf8))
            FileHandle.standardError.write(Data("stele check: \(report.summary)\n".utf8))
        case .json:
            FileHandle.standardOutput.write(Data(report.json.utf8))
        }
        if !report.passed { throw ExitCode(1) }
    }
}
