import ArgumentParser

@main
struct Stele: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stele",
        abstract: "Turn raw news texts into a static website.",
        discussion: """
            import: raw texts → Markdown with frontmatter (content/)
            build:  Markdown → HTML site (output/)
            serve:  preview the site with live reload
            check:  build in memory, then check every link, anchor, file and title
            """,
        subcommands: [ImportCommand.self, BuildCommand.self, ServeCommand.self, CheckCommand.self]
    )
}
