import SteleSupport

/// The corpus's word tables as a build counted them, with the word sources that cut them: what
/// `stele serve` keeps to count an edited article's words in at once (`CorpusWords.replace`).
public struct WordTally: Sendable {
    public var words: CorpusWords
    public var sources: WordSources
}

/// Where a build keeps its `WordTally` for the next edit (`SiteBuilder.wordTallyMemo`).
public typealias WordTallyMemo = Memo<WordTally>
