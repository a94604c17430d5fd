import SteleSupport

/// Spots a key that is probably a typo for one Stele reads (`baseUrl`, `titel`, `author`).
///
/// Keys Stele does not read are the site's own (`params`, for templates), so they are allowed; only a
/// key within one or two edits of a known one, or equal to it but for case, is worth a warning — a
/// site's own `series` or `place` is not near any key Stele reads and passes in silence.
package struct KeySuggestion: Sendable {
    let known: [String]

    package init(known: [String]) {
        self.known = known
    }

    /// The known key `key` was probably meant to be, or nil when it is known or not near one.
    package func suggestion(for key: String) -> String? {
        guard !known.contains(key) else { return nil }
        let lowered = key.lowercased()
        if let sameButCase = known.first(where: { $0.lowercased() == lowered }) { return sameButCase }
        let candidates = known.map { (key: $0, distance: Self.editDistance(lowered, $0.lowercased())) }
            .filter { $0.distance <= Self.allowedEdits(for: $0.key) }
        return candidates.min { $0.distance < $1.distance }?.key
    }

    /// The warning for `key` at `location`, when it looks like a typo.
    package func warning(for key: String, at location: SourceLocation) -> Diagnostic? {
        suggestion(for: key).map { known in
            Diagnostic(.warning, at: location, "Stele reads no key `\(key)`; did you mean `\(known)`?",
                       kind: "unknown-key")
        }
    }

    /// Short keys tolerate one edit, longer ones two: `tag` → `tags`, `titel` → `title`.
    static func allowedEdits(for key: String) -> Int { key.count <= 4 ? 1 : 2 }

    /// Levenshtein distance over characters; keys are short, so the two-row table is plenty.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
