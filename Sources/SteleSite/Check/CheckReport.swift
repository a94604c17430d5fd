import StelePages
import SteleSupport

/// What `stele check` found: every problem, sorted by file and line, as text or JSON.
public struct CheckReport: Sendable, Equatable {
    public var problems: [Diagnostic]
    /// How many HTML files were checked (0 when the site did not build).
    public var checkedFiles: Int

    public init(problems: [Diagnostic], checkedFiles: Int) {
        self.problems = problems.sorted()
        self.checkedFiles = checkedFiles
    }

    /// The report of a build that failed: each of its problems at its own place, of kind `build` unless
    /// it says otherwise (two pages on one URL).
    public init(failedBuild error: BuildError) {
        self.init(problems: error.diagnostics.map { diagnostic in
            var problem = diagnostic
            if problem.kind.isEmpty { problem.kind = CheckKind.build.rawValue }
            return problem
        }, checkedFiles: 0)
    }

    /// Passed when nothing is an error: warnings (a key that looks mistyped) are reported, not fatal.
    public var passed: Bool { !problems.contains { $0.severity == .error } }

    public var warningCount: Int { problems.filter { $0.severity == .warning }.count }

    /// One `file:line: message` a line.
    public var text: String {
        problems.map { "\($0)\n" }.joined()
    }

    /// `{"problems":[…],"checkedFiles":N}`: each problem as `DiagnosticJSON` writes it.
    public var json: String {
        let items = problems.map(DiagnosticJSON.object)
        let list = items.isEmpty ? "[]" : "[\n  " + items.joined(separator: ",\n  ") + "\n]"
        return "{\"problems\":\(list),\n\"checkedFiles\":\(checkedFiles)}\n"
    }

    /// `3 problems in 12 pages` / `no problems, 1 warning in 12 pages`.
    public var summary: String {
        let errors = problems.count - warningCount
        var count = errors == 0 ? "no problems" : "\(errors) problem\(errors == 1 ? "" : "s")"
        if warningCount > 0 { count += ", \(warningCount) warning\(warningCount == 1 ? "" : "s")" }
        return "\(count) in \(checkedFiles) page\(checkedFiles == 1 ? "" : "s")"
    }
}

/// Diagnostics as JSON, for CI: `{"file":…,"line":…,"column":…,"severity":…,"message":…,"kind":…}`,
/// keys in that order, `line` and `column` null when unknown.
public enum DiagnosticJSON {
    public static func object(_ diagnostic: Diagnostic) -> String {
        let q = JSONText.quote
        let location = diagnostic.location
        return "{\"file\":\(q(location.file)),\"line\":\(location.line.map(String.init) ?? "null"),"
            + "\"column\":\(location.column.map(String.init) ?? "null"),"
            + "\"severity\":\(q(diagnostic.severity.rawValue)),"
            + "\"message\":\(q(diagnostic.message)),\"kind\":\(q(diagnostic.kind))}"
    }
}
