import Foundation

/// Cuts Chinese into words the way jieba does without its HMM: for each run of ideographs, a DAG of
/// every dictionary word starting at each character, then the path of maximum log-probability
/// (word frequency / dictionary total), found from the right.
///
/// Characters the dictionary does not know stand alone, as in jieba; unknown names therefore come out
/// in pieces unless a site word list names them.
public struct DictionarySegmenter: WordSegmenter {
    public private(set) var dictionary: WordDictionary

    public init(dictionary: WordDictionary) {
        self.dictionary = dictionary
    }

    public func tokens(in text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        let values = scalars.map(\.value)
        return values.withUnsafeBufferPointer { buffer in
            Self.splitRuns(scalars) { start, end in
                route(buffer, start, end).map { word in
                    let tag = dictionary.entry(for: word.text)?.tag ?? ""
                    return Token(text: word.text, kind: .word, tag: tag, start: word.start, length: word.length)
                }
            }
        }
    }

    /// The words of the ideograph run `values[start..<end]` along the most probable path.
    private func route(_ values: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int)
        -> [(text: String, start: Int, length: Int)]
    {
        let count = end - start
        let logTotal = log(Double(max(dictionary.total, 1)))
        // best[i]: log-probability of the best cut of positions i..<count, and the length of its first word.
        var best = [Double](repeating: 0, count: count + 1)
        var firstLength = [Int](repeating: 1, count: count + 1)
        for position in stride(from: count - 1, through: 0, by: -1) {
            var bestScore = -Double.infinity
            var bestLength = 1
            var hash = WordDictionary.emptyHash
            var length = 0
            while position + length < count {
                hash = WordDictionary.extend(hash, with: values[start + position + length])
                length += 1
                let candidate = UnsafeBufferPointer(rebasing: values[(start + position)..<(start + position + length)])
                guard let frequency = dictionary.frequency(hash: hash, scalars: candidate) else { break }
                if frequency == 0 { continue }  // a bare prefix is no word
                let score = log(Double(max(frequency, 1))) - logTotal + best[position + length]
                // jieba compares (score, end) tuples: on a tie the longer word wins.
                if score >= bestScore {
                    bestScore = score
                    bestLength = length
                }
            }
            if bestScore == -Double.infinity {
                // No word starts here: the character stands alone, with jieba's frequency of 1.
                bestScore = -logTotal + best[position + 1]
            }
            best[position] = bestScore
            firstLength[position] = bestLength
        }
        var words: [(text: String, start: Int, length: Int)] = []
        var position = 0
        while position < count {
            let length = firstLength[position]
            var text = String.UnicodeScalarView()
            for offset in position..<(position + length) {
                text.append(Unicode.Scalar(values[start + offset]) ?? "\u{FFFD}")
            }
            words.append((String(text), start + position, length))
            position += length
        }
        return words
    }

    // MARK: User words

    /// Adds a site's own words. A word without a frequency gets the one jieba's `suggest_freq` gives:
    /// just above the probability of the best cut of its parts, so that the word wins over them.
    public mutating func add(_ words: [UserWord]) {
        for word in words {
            let frequency = word.frequency ?? suggestedFrequency(for: word.word)
            dictionary.add(word.word, frequency: frequency, tag: word.tag)
        }
    }

    /// jieba's `suggest_freq(word, tune=False)` without HMM.
    func suggestedFrequency(for word: String) -> Int {
        let total = Double(max(dictionary.total, 1))
        var probability = 1.0
        for token in tokens(in: word) {
            let frequency = dictionary.entry(for: token.text)?.frequency ?? 0
            probability *= Double(max(frequency, 1)) / total
        }
        let existing = max(dictionary.entry(for: word)?.frequency ?? 1, 1)
        return max(Int(probability * total) + 1, existing)
    }
}
