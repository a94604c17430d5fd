extension String {
    /// Without the spaces and tabs at its ends: what `trimmingCharacters(in: .whitespaces)` gives
    /// (general category Zs, U+0009 and the zero-width space U+200B, as TrimmingTests checks), without
    /// its detour through `CharacterSet` (over a percent of a cold build, for the tags alone), and
    /// without a copy when there is nothing to trim, as there mostly is not.
    public func trimmingSpacesAndTabs() -> String {
        let trimmed = self[...].trimmingSpacesAndTabs()
        return trimmed.startIndex == startIndex && trimmed.endIndex == endIndex ? self : String(trimmed)
    }
}

extension Substring {
    /// `String.trimmingSpacesAndTabs()` as a slice of the same text: nothing is copied.
    public func trimmingSpacesAndTabs() -> Substring {
        func isSpace(_ scalar: Unicode.Scalar) -> Bool {
            scalar == "\t" || scalar == "\u{200B}" || scalar.properties.generalCategory == .spaceSeparator
        }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !isSpace($0) }),
              let last = scalars.lastIndex(where: { !isSpace($0) })
        else { return self[endIndex...] }
        return Substring(scalars[first...last])
    }
}
