import ArgumentParser
import Foundation
import SteleSite

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site that builds at once.",
        discussion: """
            Writes DIR/stele.yml (every key explained), a sample article in
            DIR/content/, an empty DIR/sources/ for raw texts, and a .gitignore for
            output/. Writes nothing if any of these files exists.
            """
    )

    @Argument(help: "The new site's folder (created when missing).", completion: .directory)
    var directory: String = "."

    @Option(help: "The pages' language: zh-CN, zh-TW, en, …")
    var language: String = "zh-CN"

    func run() throws {
        let scaffold = SiteScaffold(directory: URL(fileURLWithPath: directory), language: language)
        do {
            try scaffold.create()
        } catch {
            throw CommandFailure.report(error.diagnostics.map(\.description))
        }
        let place = directory == "." ? "" : " \(directory)"
        print("""
            Created the site "\(scaffold.title)"\(directory == "." ? " here" : " in \(directory)").
            Next: stele build\(place)    (or stele serve\(place) to preview with live reload)
            """)
    }
}
