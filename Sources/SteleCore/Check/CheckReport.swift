/// What `stele check` found: every problem, sorted by file and line, as text or JSON.
public struct CheckReport: Sendable, Equatable {
    public var problems: [CheckProblem]
    /// How many HTML files were checked (0 when the site did not build).
    public var checkedFiles: Int

    public init(problems: [CheckProblem], checkedFiles: Int) {
        self.problems = problems.sorted()
        self.checkedFiles = checkedFiles
    }

    public var passed: Bool { problems.isEmpty }

    /// One `file:line: message` a line.
    public var text: String {
        problems.map { "\($0)\n" }.joined()
    }

    /// `{"problems":[{"file":…,"line":…,"message":…,"kind":…},…],"checkedFiles":N}`, keys in that
    /// order; `line` is null when the problem has none.
    public var json: String {
        let q = JSONText.quote
        let items = problems.map { problem in
            "{\"file\":\(q(problem.file)),\"line\":\(problem.line.map(String.init) ?? "null"),"
                + "\"message\":\(q(problem.message)),\"kind\":\(q(problem.kind.rawValue))}"
        }
        let list = items.isEmpty ? "[]" : "[\n  " + items.joined(separator: ",\n  ") + "\n]"
        return "{\"problems\":\(list),\n\"checkedFiles\":\(checkedFiles)}\n"
    }

    /// `3 problems in 12 pages` / `no problems in 12 pages`.
    public var summary: String {
        let count = problems.isEmpty ? "no problems" : "\(problems.count) problem\(problems.count == 1 ? "" : "s")"
        return "\(count) in \(checkedFiles) page\(checkedFiles == 1 ? "" : "s")"
    }
}
