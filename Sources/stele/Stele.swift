import ArgumentParser
import SteleMarkdown
import SteleSupport
import SteleText

@main
struct Stele: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stele",
        abstract: "Turn raw news texts into a static website.",
        discussion: """
            init:   a new site that builds at once
            import: raw texts → Markdown with frontmatter (content/)
            build:  Markdown → HTML site (output/)
            serve:  preview the site with live reload
            check:  build in memory, then check every link, anchor, file and title
            """,
        version: versionText,
        subcommands: [InitCommand.self, ImportCommand.self, BuildCommand.self, ServeCommand.self, CheckCommand.self]
    )

    /// `stele 0.5.0 (cmark 0.30.2, ICU 72.1)`: the libraries come from the system, so their versions
    /// are part of what built a site.
    static var versionText: String {
        "stele \(SteleVersion.current) (cmark \(MarkdownRenderer.cmarkVersion), ICU \(ICUCall.libraryVersion))"
    }
}
