import ArgumentParser
import Foundation
import SteleImport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn raw news texts into Markdown files with frontmatter.",
        discussion: """
            Reads each FILE (UTF-8, UTF-16 with a byte-order mark, or GB18030; any line endings), \
            splits it into articles and writes one Markdown file per article into DIR. Prints every \
            spot an editor should check, then one line per file counting its articles and repairs; \
            --verbose lists every repair (joined page breaks, moved captions, dropped page furniture) \
            too. Exits 1 when a file could not be imported or an existing, different file was kept. \
            See docs/import.md.
            """
    )

    @Argument(help: ArgumentHelp("The raw text files.", valueName: "file"), completion: .file())
    var files: [String]

    @Option(name: .customLong("to"), help: ArgumentHelp("The folder to write Markdown files into.", valueName: "dir"),
            completion: .directory)
    var destination = "content"

    @Flag(help: "Overwrite existing files that differ from the import.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print only errors and files not overwritten, not the report.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "List every repair and inference and every file written.")
    var verbose = false

    func run() throws {
        let outcome = Importer(destination: destination, overwrite: force).run(files)
        if !quiet {
            for line in ImportReport(outcome: outcome, verbose: verbose).lines { print(line) }
        }
        for path in outcome.notOverwritten {
            FileHandle.standardError.write(Data("\(path) exists and differs from the import: not overwritten (use --force)\n".utf8))
        }
        if !outcome.errors.isEmpty { throw CommandFailure.report(outcome.errors.map(\.description)) }
        if !outcome.notOverwritten.isEmpty { throw ExitCode.failure }
    }
}
