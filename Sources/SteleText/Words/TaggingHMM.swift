import Foundation
import SteleSupport

/// jieba's `posseg` model, used to tag the words the dictionary lacks: its states are a position in
/// a word (B, M, E, S) joined with a part-of-speech tag (`B-nr`: the first character of a person's
/// name), and `char_state_tab` says which states each character has been seen in.
///
/// jieba's posseg also cuts with this model, but on names it does worse than `CharacterHMM`
/// (蒯|昕蕤, 柯霈|霖): so the cut stays the character model's, and this model only picks the tag
/// that best explains each new word as a whole.
package struct TaggingHMM: Sendable {
    private static let positions = ["B", "M", "E", "S"]
    private static let begin = 0, middle = 1, end = 2, single = 3

    /// Part-of-speech tags; state `tag * 4 + position`.
    private var tags: [String] = []
    private var start: [Double] = []
    /// `transition[from * stateCount + to]`; -infinity where jieba has no transition.
    private var transition: [Double] = []
    /// Emissions by character column (`HMMTable.column`), sparse: the states of column `c` are
    /// `emittingState[emissionStart[c]..<emissionStart[c + 1]]`, with their log-probabilities alongside.
    private var emissionStart: [Int32] = []
    private var emittingState: [UInt16] = []
    private var emissionValue: [Double] = []
    /// `char_state_tab`, laid out the same way: the states each character may take.
    private var allowedStart: [Int32] = []
    private var allowedState: [UInt16] = []

    private var stateCount: Int { tags.count * 4 }

    /// The model in the tables of jieba's `posseg` folder.
    package init(start: PythonLiteral, transition: PythonLiteral, emission: PythonLiteral, characterStates: PythonLiteral,
                 files: (start: String, transition: String, emission: String, characterStates: String)) throws(WordDataError) {
        var tagIndex: [String: Int] = [:]
        // Every state the start table names defines the tag set; the other tables must keep to it.
        let startPairs = try HMMTable.pairs(start, file: files.start)
        for (key, _) in startPairs {
            let (_, tag) = try Self.statePair(key, file: files.start)
            if tagIndex[tag] == nil {
                tagIndex[tag] = tags.count
                tags.append(tag)
            }
        }
        func state(_ key: PythonLiteral, _ file: String) throws(WordDataError) -> Int {
            let (position, tag) = try Self.statePair(key, file: file)
            guard let index = tagIndex[tag] else {
                throw .malformedTable(SourceLocation(file: file, line: key.line), problem: "tag '\(tag)' is not in the start table")
            }
            return index * 4 + position
        }
        let states = tags.count * 4
        self.start = [Double](repeating: HMMTable.unlisted, count: states)
        for (key, value) in startPairs { self.start[try state(key, files.start)] = try HMMTable.number(value, file: files.start) }

        self.transition = [Double](repeating: -.infinity, count: states * states)
        for (key, targets) in try HMMTable.pairs(transition, file: files.transition) {
            let from = try state(key, files.transition)
            for (target, value) in try HMMTable.pairs(targets, file: files.transition) {
                self.transition[from * states + (try state(target, files.transition))] =
                    try HMMTable.number(value, file: files.transition)
            }
        }

        var emissions = [[(state: UInt16, value: Double)]](repeating: [], count: HMMTable.scalarCount)
        for (key, characters) in try HMMTable.pairs(emission, file: files.emission) {
            let from = UInt16(try state(key, files.emission))
            for (character, value) in try HMMTable.pairs(characters, file: files.emission) {
                guard let column = try HMMTable.column(of: character, file: files.emission) else { continue }
                emissions[column].append((from, try HMMTable.number(value, file: files.emission)))
            }
        }
        var allowed = [[UInt16]](repeating: [], count: HMMTable.scalarCount)
        for (character, list) in try HMMTable.pairs(characterStates, file: files.characterStates) {
            guard let column = try HMMTable.column(of: character, file: files.characterStates) else { continue }
            guard let elements = list.elements else {
                throw .malformedTable(SourceLocation(file: files.characterStates, line: list.line), problem: "expected a tuple of states")
            }
            for element in elements { allowed[column].append(UInt16(try state(element, files.characterStates))) }
        }
        for column in 0..<HMMTable.scalarCount {
            emissionStart.append(Int32(emittingState.count))
            for (state, value) in emissions[column].sorted(by: { $0.state < $1.state }) {
                emittingState.append(state)
                emissionValue.append(value)
            }
            allowedStart.append(Int32(allowedState.count))
            allowedState += allowed[column]
        }
        emissionStart.append(Int32(emittingState.count))
        allowedStart.append(Int32(allowedState.count))
    }

    /// A state key: a tuple of a position (`'B'`…) and a tag (`'nr'`).
    private static func statePair(_ key: PythonLiteral, file: String) throws(WordDataError) -> (Int, String) {
        guard let parts = key.elements, parts.count == 2, let name = parts[0].string,
              let position = positions.firstIndex(of: name), let tag = parts[1].string, !tag.isEmpty
        else {
            throw .malformedTable(SourceLocation(file: file, line: key.line), problem: "expected a state such as ('B', 'nr')")
        }
        return (position, tag)
    }

    /// The tag that best explains `word` as one word (B, M…, E; or S for one character), among the
    /// tags whose states `char_state_tab` allows for each of its characters (among all tags when none
    /// fits, as jieba falls back); nil when no tag can make it one word.
    package func tag(ofWord word: UnsafeBufferPointer<UInt32>) -> String? {
        guard !word.isEmpty else { return nil }
        var best: (score: Double, tag: Int)?
        func consider(_ tag: Int) {
            let score = self.score(tag, word)
            if score > -.infinity, score > best?.score ?? -.infinity { best = (score, tag) }
        }
        // The first character's states name the few tags worth scoring (a hot path: most have a handful).
        let firstPosition = word.count == 1 ? Self.single : Self.begin
        if let column = HMMTable.column(word[0]) {
            for state in allowedState[Int(allowedStart[column])..<Int(allowedStart[column + 1])]
            where Int(state) % 4 == firstPosition && fits(Int(state) / 4, word) {
                consider(Int(state) / 4)
            }
        }
        if best == nil {
            for tag in tags.indices { consider(tag) }
        }
        return best.map { tags[$0.tag] }
    }

    /// Whether `char_state_tab` lists `scalar` as a one-character word tagged `tag` (`S-q`: 趟 and 羽 are
    /// measure words there, though the dictionary tags them otherwise).
    package func standsAlone(_ scalar: Unicode.Scalar, as tag: String) -> Bool {
        guard let tagIndex = tags.firstIndex(of: tag), let column = HMMTable.column(scalar.value) else { return false }
        let wanted = UInt16(tagIndex * 4 + Self.single)
        return allowedState[Int(allowedStart[column])..<Int(allowedStart[column + 1])].contains(wanted)
    }

    /// The state of the character at `index` of a word of `count` characters tagged `tag`.
    @inline(__always) private func state(_ tag: Int, _ index: Int, _ count: Int) -> Int {
        let position = count == 1 ? Self.single : index == 0 ? Self.begin : index == count - 1 ? Self.end : Self.middle
        return tag * 4 + position
    }

    private func fits(_ tag: Int, _ word: UnsafeBufferPointer<UInt32>) -> Bool {
        for index in word.indices {
            // A character the table does not list may take any state, as in jieba.
            guard let column = HMMTable.column(word[index]) else { continue }
            let range = Int(allowedStart[column])..<Int(allowedStart[column + 1])
            if range.isEmpty { continue }
            let wanted = UInt16(state(tag, index, word.count))
            if !allowedState[range].contains(wanted) { return false }
        }
        return true
    }

    private func score(_ tag: Int, _ word: UnsafeBufferPointer<UInt32>) -> Double {
        var previous = state(tag, 0, word.count)
        var total = start[previous] + emission(previous, word[0])
        for index in word.indices.dropFirst() {
            let current = state(tag, index, word.count)
            total += transition[previous * stateCount + current] + emission(current, word[index])
            previous = current
        }
        return total
    }

    private func emission(_ state: Int, _ scalar: UInt32) -> Double {
        guard let column = HMMTable.column(scalar) else { return HMMTable.unlisted }
        var low = Int(emissionStart[column])
        var high = Int(emissionStart[column + 1])
        let wanted = UInt16(state)
        while low < high {
            let middle = (low + high) / 2
            if emittingState[middle] < wanted { low = middle + 1 } else { high = middle }
        }
        return low < Int(emissionStart[column + 1]) && emittingState[low] == wanted ? emissionValue[low] : HMMTable.unlisted
    }
}
