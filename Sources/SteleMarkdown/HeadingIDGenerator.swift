import SteleText

/// Makes heading ids the way GitHub and Hugo do, but keeping every script's letters, so that
/// `## 牢固树立大抓基层的鲜明导向` gets a readable id rather than an empty or numeric one.
struct HeadingIDGenerator {
    private var used: [String: Int] = [:]

    /// A unique id for a heading with `text`; a repeated heading gets `-1`, `-2`, … appended.
    package mutating func id(for text: String) -> String {
        let base = Self.slug(text)
        guard let count = used[base] else {
            used[base] = 0
            return base
        }
        var next = count + 1
        while used["\(base)-\(next)"] != nil { next += 1 }
        used[base] = next
        used["\(base)-\(next)"] = 0
        return "\(base)-\(next)"
    }

    /// Lower-cased letters and digits of any script; runs of spaces and dashes become one `-`.
    package static func slug(_ text: String) -> String {
        var slug = ""
        var pendingDash = false
        for scalar in text.lowercased().unicodeScalars {
            if scalar.isLetterOrNumber || scalar == "_" {
                if pendingDash && !slug.isEmpty { slug += "-" }
                pendingDash = false
                slug.unicodeScalars.append(scalar)
            } else if scalar == "-" || scalar.isWhitespace {
                pendingDash = true
            }
        }
        return slug.isEmpty ? "section" : slug
    }
}
