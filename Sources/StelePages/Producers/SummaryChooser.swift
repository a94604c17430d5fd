import Foundation
import SteleAnalysis
import SteleMarkdown
import SteleSupport
import SteleText

/// Chooses each article's summary, for lists, search, the feed and `<meta name="description">`.
///
/// A summary set in the frontmatter is used as written. Otherwise the summary is the first sentence of
/// the article that says something about this article: one that no other article of the site also
/// contains (an opening formula or a slogan several reports share, such as 党的力量来自组织。) and that is
/// long enough to stand alone (`minimumLength` characters or words). When no sentence qualifies, the
/// first unique one is taken, else the first one; a summary longer than `maximumLength` is cut.
struct SummaryChooser {
    /// Chinese characters plus Latin words a sentence needs to be a summary on its own.
    static let minimumLength = 12
    static let maximumLength = 120

    /// The summary of each page, by path.
    static func summaries(of pages: [RenderedPage]) -> [String: String] {
        let shared = sharedSentences(pages.map(Self.fingerprints(of:)))
        return Dictionary(pages.map { ($0.path, summary(of: $0, shared: shared)) }) { _, last in last }
    }

    /// `summaries(of:)` on all cores: on one core, cutting the pages into sentences was eight seconds of
    /// a 10,000-article build during which nothing else ran.
    static func summaries(of pages: [RenderedPage]) async -> [String: String] {
        let shared = sharedSentences(await pages.concurrentMap { Self.fingerprints(of: $0) })
        let chosen = await pages.concurrentMap { ($0.path, summary(of: $0, shared: shared)) }
        return Dictionary(chosen) { _, last in last }
    }

    /// The sentences that more than one article contains (however often one article repeats them),
    /// given the distinct sentences of each. By fingerprint: the corpus's sentences as strings were
    /// 2.7 million of them at 100,000 articles, held to the end of the count. Sorted, a fingerprint
    /// that two articles have is next to itself.
    private static func sharedSentences(_ fingerprints: [[TextFingerprint]]) -> Set<TextFingerprint> {
        let sorted = fingerprints.joined().sorted()
        var shared: Set<TextFingerprint> = []
        for (previous, next) in zip(sorted, sorted.dropFirst()) where previous == next { shared.insert(next) }
        return shared
    }

    /// The distinct sentences of `page`, by fingerprint.
    private static func fingerprints(of page: RenderedPage) -> [TextFingerprint] {
        let all = page.markdown.paragraphs.flatMap { sentenceSlices(of: $0.text) }.map(TextFingerprint.init)
        return Array(Set(all))
    }

    /// `page`'s summary: its frontmatter's, else its first sentence no other article has (`shared`) that
    /// is long enough, else its first such sentence, else its first sentence.
    private static func summary(of page: RenderedPage, shared: Set<TextFingerprint>) -> String {
        if let summary = page.page.frontmatter.summary, !summary.isEmpty { return summary }
        // The sentences are cut and looked up in order until one qualifies: most articles' first does.
        var first: Substring?
        var firstUnique: Substring?
        for paragraph in page.markdown.paragraphs {
            for sentence in sentenceSlices(of: paragraph.text) {
                first = first ?? sentence
                guard !shared.contains(TextFingerprint(sentence)) else { continue }
                firstUnique = firstUnique ?? sentence
                if length(String(sentence)) >= minimumLength { return shortened(String(sentence)) }
            }
        }
        return shortened(String(firstUnique ?? first ?? ""))
    }

    /// The summary of one edited page chosen without the rest of the corpus (see
    /// `SiteContext.replaceArticle`): its frontmatter's; else `previous`, the one the corpus chose,
    /// while that sentence is still in it; else its first sentence long enough to stand alone, as if
    /// no other article shared it.
    static func provisionalSummary(of page: RenderedPage, was previous: String?) -> String {
        if let summary = page.page.frontmatter.summary, !summary.isEmpty { return summary }
        let sentences = page.markdown.paragraphs.flatMap { Self.sentences(of: $0.text) }
        if let previous, sentences.contains(where: { shortened($0) == previous }) { return previous }
        return shortened(sentences.first { length($0) >= minimumLength } ?? sentences.first ?? "")
    }

    /// `sentence`, cut to `maximumLength` characters and an ellipsis when longer.
    private static func shortened(_ sentence: String) -> String {
        sentence.count > maximumLength ? String(sentence.prefix(maximumLength)) + "…" : sentence
    }

    /// Marks that end a sentence; a run of them ends one sentence.
    private static let ends: ScalarSet = ["。", "！", "？", "!", "?", "…"]
    /// Marks that close a sentence after its end mark and belong to it: `“……。”`.
    private static let closers: ScalarSet = ["”", "’", "」", "』", "）", ")", "\"", "'"]

    /// The sentences of a paragraph, trimmed: after 。！？ (and a closing quote), and after `. ` in Latin text.
    static func sentences(of text: String) -> [String] {
        sentenceSlices(of: text).map(String.init)
    }

    /// `sentences(of:)` as slices of `text`, none copied.
    ///
    /// Walks Unicode scalars, not `Character`s: every mark here is one scalar, and breaking the whole
    /// corpus into graphemes made this a twentieth of a build (issue 13's profile).
    static func sentenceSlices(of text: String) -> [Substring] {
        let scalars = text.unicodeScalars
        var sentences: [Substring] = []
        var start = scalars.startIndex
        var ended = false
        var previous: Unicode.Scalar?
        func endSentence(at end: String.UnicodeScalarView.Index) {
            let sentence = Substring(scalars[start..<end]).trimmingSpacesAndTabs()
            if !sentence.isEmpty { sentences.append(sentence) }
            start = end
        }
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if ended && !ends.contains(scalar) && !closers.contains(scalar) {
                endSentence(at: index)
                ended = false
            }
            if scalar.isWhitespace && previous == "." { endSentence(at: index) }
            if ends.contains(scalar) { ended = true }
            previous = scalar
            scalars.formIndex(after: &index)
        }
        endSentence(at: scalars.endIndex)
        return sentences
    }

    /// Chinese characters plus words in Latin letters or digits, counted as reading time counts them.
    static func length(_ sentence: String) -> Int {
        let figures = TextFigures(paragraphs: [sentence], headings: [])
        return figures.chineseCharacters + figures.latinWords
    }
}
