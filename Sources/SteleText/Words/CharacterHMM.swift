import Foundation
import SteleSupport

/// jieba's `finalseg` model: each character of a run the dictionary cannot cut is the Beginning,
/// Middle or End of a word or a Single-character word, and the most probable sequence of those four
/// states (Viterbi) says where the unknown words are. That is what finds 王建宇 or 蚝洲岛 whole.
package struct CharacterHMM: Sendable {
    /// B, M, E, S in this order.
    static let stateNames = ["B", "M", "E", "S"]
    private static let begin = 0, middle = 1, end = 2, single = 3
    /// The states each state may follow, as jieba allows them: a word begins after a word ended.
    private static let previous = [[end, single], [middle, begin], [begin, middle], [single, end]]

    private var start: [Double]
    /// `transition[from * 4 + to]`.
    private var transition: [Double]
    /// `emission[state * HMMTable.scalarCount + column]`.
    private var emission: [Double]

    /// The model in the tables of jieba's `finalseg` folder (`prob_start.py`, `prob_trans.py`, `prob_emit.py`).
    package init(start: PythonLiteral, transition: PythonLiteral, emission: PythonLiteral,
                 files: (start: String, transition: String, emission: String)) throws(WordDataError) {
        self.start = [Double](repeating: HMMTable.unlisted, count: 4)
        self.transition = [Double](repeating: HMMTable.unlisted, count: 16)
        self.emission = [Double](repeating: HMMTable.unlisted, count: 4 * HMMTable.scalarCount)
        for (key, value) in try HMMTable.pairs(start, file: files.start) {
            self.start[try Self.state(key, file: files.start)] = try HMMTable.number(value, file: files.start)
        }
        for (key, targets) in try HMMTable.pairs(transition, file: files.transition) {
            let from = try Self.state(key, file: files.transition)
            for (target, value) in try HMMTable.pairs(targets, file: files.transition) {
                self.transition[from * 4 + (try Self.state(target, file: files.transition))] =
                    try HMMTable.number(value, file: files.transition)
            }
        }
        for (key, characters) in try HMMTable.pairs(emission, file: files.emission) {
            let row = try Self.state(key, file: files.emission) * HMMTable.scalarCount
            for (character, value) in try HMMTable.pairs(characters, file: files.emission) {
                guard let column = try HMMTable.column(of: character, file: files.emission) else { continue }
                self.emission[row + column] = try HMMTable.number(value, file: files.emission)
            }
        }
    }

    private static func state(_ key: PythonLiteral, file: String) throws(WordDataError) -> Int {
        guard let name = key.string, let index = stateNames.firstIndex(of: name) else {
            throw .malformedTable(SourceLocation(file: file, line: key.line), problem: "expected a state: 'B', 'M', 'E' or 'S'")
        }
        return index
    }

    /// The lengths of the words `scalars` is made of, along the most probable state sequence.
    package func wordLengths(_ scalars: UnsafeBufferPointer<UInt32>) -> [Int] {
        let count = scalars.count
        guard count > 1 else { return count == 1 ? [1] : [] }
        // score[t * 4 + state]; from[t * 4 + state] is the state before it on the best path.
        var score = [Double](repeating: 0, count: count * 4)
        var from = [Int8](repeating: 0, count: count * 4)
        for state in 0..<4 { score[state] = start[state] + emit(state, scalars[0]) }
        for t in 1..<count {
            for state in 0..<4 {
                let emitted = emit(state, scalars[t])
                var best = -Double.infinity
                var bestFrom = 0
                for prior in Self.previous[state] {
                    let candidate = score[(t - 1) * 4 + prior] + transition[prior * 4 + state] + emitted
                    if candidate > best {
                        best = candidate
                        bestFrom = prior
                    }
                }
                score[t * 4 + state] = best
                from[t * 4 + state] = Int8(bestFrom)
            }
        }
        // A run ends at the end of a word: E or S.
        var state = score[(count - 1) * 4 + Self.end] >= score[(count - 1) * 4 + Self.single] ? Self.end : Self.single
        var states = [Int](repeating: 0, count: count)
        for t in stride(from: count - 1, through: 0, by: -1) {
            states[t] = state
            state = Int(from[t * 4 + state])
        }
        var lengths: [Int] = []
        var wordStart = 0
        for t in 0..<count where states[t] == Self.end || states[t] == Self.single {
            lengths.append(t + 1 - wordStart)
            wordStart = t + 1
        }
        return lengths
    }

    @inline(__always) private func emit(_ state: Int, _ scalar: UInt32) -> Double {
        guard let column = HMMTable.column(scalar) else { return HMMTable.unlisted }
        return emission[state * HMMTable.scalarCount + column]
    }
}
