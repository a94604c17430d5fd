import ArgumentParser
import Foundation
import SteleCore

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into a folder of static HTML.",
        discussion: """
            Reads SITE/stele.yml, SITE/content/**/*.md and SITE/templates/, and writes the site to
            SITE/output (or --output). The output folder is replaced whole when the build succeeds and
            left untouched when it fails. Stele only replaces a folder that an earlier build wrote.
            """
    )

    @Argument(help: "The site folder.", completion: .directory)
    var site: String = "."

    @Option(name: .shortAndLong, help: "Where to write the site (default: SITE/output).", completion: .directory)
    var output: String?

    @Option(name: .customLong("base-url"), help: "Override baseURL from stele.yml, e.g. https://example.org/docs/.")
    var baseURL: String?

    func run() async throws {
        let siteURL = URL(fileURLWithPath: site)
        let outputURL = output.map { URL(fileURLWithPath: $0) } ?? siteURL.appendingPathComponent("output")
        do {
            let destination = try OutputDirectory(url: outputURL, siteDirectory: siteURL)
            let builder = SiteBuilder(siteDirectory: siteURL, baseURLOverride: baseURL)
            let built = try await builder.build(into: destination)
            print("Built \(built.pages.count) \(built.pages.count == 1 ? "page" : "pages") into \(outputURL.path)")
        } catch let error as OutputError {
            throw CommandFailure(BuildError.output(error).problems.map(\.description))
        } catch let error as BuildError {
            throw CommandFailure(error.problems.map(\.description))
        }
    }
}
