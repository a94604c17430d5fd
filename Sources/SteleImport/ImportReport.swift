import SteleSupport

/// What `stele import` prints: every warning first, then one line per file with what was done to it,
/// so that a run over a hundred files stays readable. `verbose` lists every repair and inference too.
public struct ImportReport: Sendable {
    public var outcome: ImportOutcome
    public var verbose: Bool

    public init(outcome: ImportOutcome, verbose: Bool) {
        self.outcome = outcome
        self.verbose = verbose
    }

    public var lines: [String] {
        var lines: [String]
        if verbose {
            lines = outcome.notes.map(\.description)
                + outcome.written.map { "wrote \($0)" } + outcome.unchanged.map { "unchanged \($0)" }
        } else {
            lines = outcome.notes.filter { $0.severity == .warning }.map(\.description)
            let byFile = Dictionary(grouping: outcome.notes, by: \.location.file)
            for (file, count) in outcome.articlesByFile.sorted(by: { $0.key < $1.key }) {
                let notes = byFile[file] ?? []
                let repairs = notes.filter { $0.kind == Diagnostic.ImportKind.repair.rawValue }.count
                let warnings = notes.filter { $0.severity == .warning }.count
                lines.append("\(file): \(Self.count(count, "article")), \(Self.count(repairs, "repair")), "
                    + Self.count(warnings, "warning"))
            }
        }
        let files = outcome.articlesByFile.count
        if outcome.articleCount > 0 {
            lines.append("Imported \(Self.count(outcome.articleCount, "article")) from \(Self.count(files, "file")).")
        }
        return lines
    }

    /// `1 article`, `3 repairs`.
    static func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
}
