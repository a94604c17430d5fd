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
            repair it made (joined page breaks, moved captions, converted punctuation, swapped halves \
            put back in order) and every spot an editor should check. Exits 1 when a file could not be \
            imported or an existing, different file was kept. See docs/import.md.
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

    func run() throws {
        let outcome = Importer(destination: destination, overwrite: force).run(files)
        if !quiet {
            for note in outcome.notes { print(note) }
            for path in outcome.written { print("wrote \(path)") }
            for path in outcome.unchanged { print("unchanged \(path)") }
        }
        for path in outcome.notOverwritten {
            FileHandle.standardError.write(Data("\(path) exists and differs from the import: not overwritten (use --force)\n".utf8))
        }
        if !quiet && outcome.articleCount > 0 {
            let files = Set(files).count - Set(outcome.errors.map(\.file)).count
            print("Imported \(outcome.articleCount) article\(outcome.articleCount == 1 ? "" : "s") from \(files) file\(files == 1 ? "" : "s").")
        }
        if !outcome.errors.isEmpty { throw CommandFailure(outcome.errors.map(\.description)) }
        if !outcome.notOverwritten.isEmpty { throw ExitCode.failure }
    }
}
