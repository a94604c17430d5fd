/// Sorted, disjoint ranges (the web addresses of a line) asked about spans that come in order: a cursor
/// moves along the ranges once. Asking every range for each mark or word grew with the square of the
/// length of a line full of addresses (400,000 characters of them took 13 s to import).
struct RangeCursor {
    private let ranges: [Range<Int>]
    private var next = 0

    /// `ranges` sorted by their start and not overlapping, as `PunctuationNormalizer.urlRanges` finds them.
    init(_ ranges: [Range<Int>]) {
        self.ranges = ranges
    }

    /// Whether one of the ranges overlaps `span`, a span starting at or after the last one asked about.
    mutating func overlaps(_ span: Range<Int>) -> Bool {
        while next < ranges.count, ranges[next].upperBound <= span.lowerBound { next += 1 }
        return next < ranges.count && ranges[next].lowerBound < span.upperBound
    }

    /// Whether one of the ranges holds `position`, at or after the last one asked about.
    mutating func contains(_ position: Int) -> Bool {
        overlaps(position..<(position + 1))
    }
}
