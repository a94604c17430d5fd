/// A small seeded generator (SplitMix64), so that a failure shows again on the next run.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

extension SeededRandom {
    /// Up to `count` ranges in order, none overlapping: each `length` long, after a gap of `gap`.
    mutating func disjointRanges(count: ClosedRange<Int>, gap: ClosedRange<Int>, length: ClosedRange<Int>) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var position = 0
        for _ in 0..<Int.random(in: count, using: &self) {
            position += Int.random(in: gap, using: &self)
            let end = position + Int.random(in: length, using: &self)
            ranges.append(position..<end)
            position = end
        }
        return ranges
    }
}
