import ArgumentParser
import Foundation
import StelePages
import SteleSite

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into a folder of static HTML.",
        discussion: """
            Reads SITE/stele.yml, SITE/content/**/*.md and SITE/templates/, and writes
            the site to SITE/output (or --output). The output folder is replaced whole
            when the build succeeds and left untouched when it fails; Stele only
            replaces a folder that an earlier build wrote. With --strict the site is
            checked as `stele check` does, and written only when it passes. Prints a
            summary (pages by kind, files, warnings, time); on a terminal, a build that
            takes over a second shows its progress. Each article's analysis is kept
            in SITE/.stele-cache and reused while the article is unchanged; when no
            input has changed since the last build and the output folder is as that
            build left it, nothing is built or written ("up to date").
            """
    )

    @OptionGroup var options: SiteOptions

    @Option(name: .shortAndLong, help: "Where to write the site (default: SITE/output).", completion: .directory)
    var output: String?

    @Flag(help: "Check links, anchors, files and titles first; write nothing if anything is wrong.")
    var strict = false

    @Flag(name: .shortAndLong, help: "Print errors only: no summary, no warnings, no progress line.")
    var quiet = false

    @Flag(help: "Analyse every article afresh: neither read nor write SITE/.stele-cache.")
    var noCache = false

    func run() async throws {
        let outputURL = output.map { URL(fileURLWithPath: $0) } ?? options.siteURL.appendingPathComponent("output")
        var builder = try options.builder()
        if !noCache { builder.keepAnalysis(onDisk: true, inProcess: false) }
        let clock = ContinuousClock()
        let start = clock.now
        do {
            let destination = try OutputDirectory(url: outputURL, siteDirectory: options.siteURL)
            let progress = BuildProgress()
            builder.progress = progress
            let progressLine = quiet ? nil : Task { await ProgressLine(progress: progress).run() }
            let outcome: PublishOutcome
            do {
                outcome = try await builder.publish(into: destination, strict: strict)
                progressLine?.cancel()
                await progressLine?.value
            } catch {
                progressLine?.cancel()
                await progressLine?.value
                throw error
            }
            let summary: BuildSummary
            let shownOutput = output ?? (options.site == "." ? "output" : options.site + "/output")
            let seconds = (clock.now - start).inSeconds
            switch outcome {
            case let .refused(report):
                FileHandle.standardError.write(Data("Not written: \(report.summary); \(outputURL.path) is unchanged\n".utf8))
                throw CommandFailure.report(report.problems.map(\.description))
            case let .written(built):
                summary = BuildSummary(site: built, outputPath: shownOutput, seconds: seconds)
            case let .unchanged(manifest, config):
                summary = BuildSummary(unchanged: manifest, config: config, outputPath: shownOutput, seconds: seconds)
            }
            guard !quiet else { return }
            for warning in summary.warnings {
                FileHandle.standardError.write(Data("\(warning)\n".utf8))
            }
            for note in summary.notes {
                FileHandle.standardError.write(Data("note: \(note.message)\n".utf8))
            }
            print(summary.text, terminator: "")
            if URLBuilder(config: summary.config).baseURL == nil {
                print("No feed.xml or sitemap.xml: they need absolute URLs; set baseURL to one (https://…) to get them")
            }
        } catch let error as OutputError {
            throw CommandFailure.report(error.diagnostics.map(\.description))
        } catch let error as BuildError {
            throw CommandFailure.report(error.diagnostics.map(\.description))
        }
    }
}
