import Foundation
import SteleSupport

/// Cuts Chinese into words the way jieba does: for each run of ideographs, a DAG of every dictionary
/// word starting at each character, then the path of maximum log-probability (word frequency /
/// dictionary total), found from the right.
///
/// Where that path leaves two or more characters standing alone in a row, and they are not together a
/// dictionary word, the unknown-word model (jieba's HMMs), when there is one, finds the words among
/// them and tags them: a name the dictionary lacks (王建宇) comes out whole. Without it such characters
/// stand alone, as in jieba's `cut(HMM=False)`.
public struct DictionarySegmenter: WordSegmenter {
    /// The dictionary and the model, shared by every copy of the segmenter (`Shared`).
    private var models: Shared<Models>

    private struct Models: Sendable {
        var dictionary: WordDictionary
        var unknownWords: UnknownWordModel?
    }

    public var dictionary: WordDictionary { models.value.dictionary }

    public var unknownWords: UnknownWordModel? {
        get { models.value.unknownWords }
        set { models = Shared(Models(dictionary: models.value.dictionary, unknownWords: newValue)) }
    }

    public init(dictionary: WordDictionary, unknownWords: UnknownWordModel? = nil) {
        models = Shared(Models(dictionary: dictionary, unknownWords: unknownWords))
    }

    public func tokens(in text: String) -> [Token] {
        tokens(in: text, findingNewWords: true)
    }

    private func tokens(in text: String, findingNewWords: Bool) -> [Token] {
        // The model is asked for where it is kept, never copied out (see `Shared`).
        let findsNewWords = findingNewWords && models.value.unknownWords != nil
        let scalars = Array(text.unicodeScalars)
        let values = scalars.map(\.value)
        // The route's table, made once for the whole text and reused by each run: an array of a type
        // private to this file asked the runtime for its type at every allocation.
        var best: [BestCut] = []
        var words: [RouteWord] = []
        best.reserveCapacity(scalars.count + 1)
        return values.withUnsafeBufferPointer { buffer in
            Self.splitRuns(scalars) { start, end in
                var tokens: [Token] = []
                var loneStart = start  // where the current stretch of one-character words began
                route(buffer, start, end, best: &best, into: &words)
                for word in words {
                    if word.length == 1 && findsNewWords { continue }
                    if findsNewWords, loneStart < word.start {
                        tokens += cutLoneCharacters(buffer, loneStart, word.start)
                    }
                    tokens.append(dictionaryToken(buffer, word.start, word.length, place: word.place))
                    loneStart = word.start + word.length
                }
                if findsNewWords, loneStart < end {
                    tokens += cutLoneCharacters(buffer, loneStart, end)
                }
                return tokens
            }
        }
    }

    /// The tokens of `values[start..<end]`, characters the dictionary path left standing alone: jieba
    /// hands them to its HMM unless there is only one or they are together a dictionary word.
    private func cutLoneCharacters(_ values: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int) -> [Token] {
        let run = UnsafeBufferPointer(rebasing: values[start..<end])
        let hash = run.reduce(WordDictionary.emptyHash, WordDictionary.extend)
        let isWord = (models.value.dictionary.frequency(hash: hash, scalars: run) ?? 0) > 0
        if run.count == 1 || isWord {
            return (start..<end).map { dictionaryToken(values, $0, 1) }
        }
        var tokens: [Token] = []
        var offset = start
        for word in models.value.unknownWords?.words(run) ?? [] {
            if word.length == 1 {
                tokens.append(dictionaryToken(values, offset, 1))
            } else {
                tokens.append(Token(text: Self.text(values, offset, word.length), kind: .word, tag: word.tag,
                                    start: offset, length: word.length, isNewWord: true))
            }
            offset += word.length
        }
        return tokens
    }

    /// The token of a word of `values`; `place`, where the dictionary keeps it when the caller knows.
    private func dictionaryToken(_ values: UnsafeBufferPointer<UInt32>, _ start: Int, _ length: Int,
                                 place: Int? = nil) -> Token {
        let tag: String
        if let place {
            tag = models.value.dictionary.tag(at: place)
        } else {
            // Looked up from the scalars at hand, not from the token's text scalar by scalar again.
            let word = UnsafeBufferPointer(rebasing: values[start..<(start + length)])
            let hash = word.reduce(WordDictionary.emptyHash, WordDictionary.extend)
            tag = models.value.dictionary.lookup(hash: hash, scalars: word)?.tag ?? ""
        }
        return Token(text: Self.text(values, start, length), kind: .word, tag: tag, start: start, length: length)
    }

    private static func text(_ values: UnsafeBufferPointer<UInt32>, _ start: Int, _ length: Int) -> String {
        String(scalars: values[start..<(start + length)].lazy.map { Unicode.Scalar($0) ?? "\u{FFFD}" })
    }

    /// A word on the most probable path through a run: where it starts and how long it is, and where the
    /// dictionary keeps it (nil for a character no word starts with). A struct, not a tuple: an array of
    /// tuples looked its type up in the runtime's metadata cache at every run (0.7% of a cold build).
    private struct RouteWord {
        var start: Int
        var length: Int
        var place: Int?
    }

    /// The best cut of the positions from one onwards: its log-probability, its first word's length
    /// and where the dictionary keeps that word (-1 for none).
    private struct BestCut {
        var score: Double
        var length: Int
        var place: Int
    }

    /// The words of the ideograph run `values[start..<end]` along the most probable path, put in
    /// `words`; `best` is the table it fills. Both are passed in to be reused from run to run.
    private func route(_ values: UnsafeBufferPointer<UInt32>, _ start: Int, _ end: Int,
                       best: inout [BestCut], into words: inout [RouteWord]) {
        let count = end - start
        let logTotal = log(Double(max(models.value.dictionary.total, 1)))
        // best[i]: the best cut of positions i..<count; one array, where three took an allocation each.
        best.removeAll(keepingCapacity: true)
        best.append(contentsOf: repeatElement(BestCut(score: 0, length: 1, place: -1), count: count + 1))
        for position in stride(from: count - 1, through: 0, by: -1) {
            var cut = BestCut(score: -Double.infinity, length: 1, place: -1)
            var hash = WordDictionary.emptyHash
            var length = 0
            while position + length < count {
                hash = WordDictionary.extend(hash, with: values[start + position + length])
                length += 1
                let candidate = UnsafeBufferPointer(rebasing: values[(start + position)..<(start + position + length)])
                guard let place = models.value.dictionary.place(hash: hash, scalars: candidate) else { break }
                if models.value.dictionary.frequency(at: place) == 0 { continue }  // a bare prefix is no word
                let score = models.value.dictionary.logFrequency(at: place) - logTotal + best[position + length].score
                // jieba compares (score, end) tuples: on a tie the longer word wins.
                if score >= cut.score {
                    cut = BestCut(score: score, length: length, place: place)
                }
            }
            if cut.score == -Double.infinity {
                // No word starts here: the character stands alone, with jieba's frequency of 1.
                cut.score = -logTotal + best[position + 1].score
            }
            best[position] = cut
        }
        words.removeAll(keepingCapacity: true)
        var position = 0
        while position < count {
            let cut = best[position]
            words.append(RouteWord(start: start + position, length: cut.length, place: cut.place < 0 ? nil : cut.place))
            position += cut.length
        }
    }

    // MARK: User words

    /// Adds a site's own words. A word without a frequency gets the one jieba's `suggest_freq` gives:
    /// just above the probability of the best cut of its parts, so that the word wins over them.
    public mutating func add(_ words: [UserWord]) {
        for word in words {
            let frequency = word.frequency ?? suggestedFrequency(for: word.word)
            var dictionary = models.value.dictionary
            let unknownWords = models.value.unknownWords
            // Let go of the shared models first, so that, held nowhere else, the dictionary grows in place.
            models = Shared(Models(dictionary: WordDictionary(capacity: 0), unknownWords: nil))
            dictionary.add(word.word, frequency: frequency, tag: word.tag)
            models = Shared(Models(dictionary: dictionary, unknownWords: unknownWords))
        }
    }

    /// jieba's `suggest_freq(word, tune=False)`, which cuts without the HMM.
    func suggestedFrequency(for word: String) -> Int {
        let dictionary = models.value.dictionary
        let total = Double(max(dictionary.total, 1))
        var probability = 1.0
        for token in tokens(in: word, findingNewWords: false) {
            let frequency = dictionary.entry(for: token.text)?.frequency ?? 0
            probability *= Double(max(frequency, 1)) / total
        }
        let existing = max(dictionary.entry(for: word)?.frequency ?? 1, 1)
        return max(Int(probability * total) + 1, existing)
    }
}
