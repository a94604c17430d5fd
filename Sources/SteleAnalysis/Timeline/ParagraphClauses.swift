import Algorithms

/// A paragraph's sentences, found once, and their clauses, found when first asked for: what
/// `ClauseTrimmer` cuts each date's headline from.
///
/// Found afresh for every date, a long paragraph full of dates (a chronology, 5,000 dates in one
/// paragraph) took time growing with the square of its length: 5 s, and 83 s for four times as many.
struct ParagraphClauses {
    typealias Text = [Unicode.Scalar]

    /// A sentence without the marks that close it, and where those marks end.
    struct Sentence {
        var range: Range<Int>
        var end: Int
    }

    let text: Text
    private let trimmer: ClauseTrimmer
    /// In order; the last one ends at the text's end.
    private let sentences: [Sentence]
    private var clausesBySentence: [Int: [Range<Int>]] = [:]

    init(_ text: Text, trimmer: ClauseTrimmer) {
        self.text = text
        self.trimmer = trimmer
        sentences = trimmer.sentences(in: text)
    }

    /// The number of the sentence holding `index`: the first whose closing marks end after it.
    func sentence(around index: Int) -> Int {
        sentences.partitioningIndex { $0.end > index }
    }

    /// The clauses of sentence `number`, in order.
    mutating func clauses(ofSentence number: Int) -> [Range<Int>] {
        if let known = clausesBySentence[number] { return known }
        let clauses = trimmer.clauses(in: text, sentences[number].range)
        clausesBySentence[number] = clauses
        return clauses
    }
}

/// The date mentions of a paragraph outside one date's run, asked whether a clause holds one.
///
/// The mentions are in the order of the text and do not overlap (`DateScanner`), so the first one a
/// clause may hold is found by halves (`partitioningIndex`), and the run's own mentions are passed over
/// at once.
struct OtherDates {
    /// The paragraph's mentions, bar base years, in order.
    private let all: [Range<Int>]
    /// Which of them lie in the run, whose headline they share: not other dates.
    private let inRun: Range<Int>

    init(_ all: [Range<Int>], outside run: Range<Int>) {
        self.all = all
        inRun = all.partitioningIndex { $0.lowerBound >= run.lowerBound }..<all.partitioningIndex { $0.lowerBound >= run.upperBound }
    }

    /// Whether `clause` overlaps a mention outside the run.
    func overlap(_ clause: Range<Int>) -> Bool {
        var index = all.partitioningIndex { $0.upperBound > clause.lowerBound }
        while index < all.count, all[index].lowerBound < clause.upperBound {
            if inRun.contains(index) {
                index = inRun.upperBound
                continue
            }
            if clause.overlaps(all[index]) { return true }
            index += 1
        }
        return false
    }
}
