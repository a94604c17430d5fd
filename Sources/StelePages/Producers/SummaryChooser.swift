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
        summaries(of: pages, sentences: pages.map(Self.sentences(of:)))
    }

    /// `summaries(of:)`, the pages cut into sentences on all cores: on one core that was eight seconds
    /// of a 10,000-article build during which nothing else ran.
    static func summaries(of pages: [RenderedPage]) async -> [String: String] {
        summaries(of: pages, sentences: await pages.concurrentMap { Self.sentences(of: $0) })
    }

    /// The sentences of every paragraph of `page`.
    private static func sentences(of page: RenderedPage) -> [String] {
        page.markdown.paragraphs.flatMap { Self.sentences(of: $0.text) }
    }

    /// The summaries of `pages`, given each page's sentences.
    private static func summaries(of pages: [RenderedPage], sentences: [[String]]) -> [String: String] {
        // In how many articles each sentence occurs (once however often one article repeats it); by
        // bytes (`TextKey`): hashing every sentence of the corpus as a `String` walked it through the
        // normalisation tables.
        var articles: [TextKey: Int] = [:]
        for sentences in sentences {
            for sentence in Set(sentences.map { TextKey($0) }) { articles[sentence, default: 0] += 1 }
        }
        var summaries: [String: String] = [:]
        for (page, sentences) in zip(pages, sentences) {
            if let summary = page.page.frontmatter.summary, !summary.isEmpty {
                summaries[page.path] = summary
                continue
            }
            // The sentences are looked up in order until one qualifies: most articles' first does.
            var firstUnique: String?
            var chosen: String?
            for sentence in sentences where articles[TextKey(sentence)] == 1 {
                firstUnique = firstUnique ?? sentence
                if length(sentence) >= minimumLength {
                    chosen = sentence
                    break
                }
            }
            summaries[page.path] = shortened(chosen ?? firstUnique ?? sentences.first ?? "")
        }
        return summaries
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
    /// Walks Unicode scalars, not `Character`s: every mark here is one scalar, and breaking the whole
    /// corpus into graphemes made this a twentieth of a build (issue 13's profile).
    static func sentences(of text: String) -> [String] {
        // Each sentence is cut from the text at its bounds: appending it scalar by scalar took a
        // third of this function's time.
        let scalars = text.unicodeScalars
        var sentences: [String] = []
        var start = scalars.startIndex
        var ended = false
        var previous: Unicode.Scalar?
        func endSentence(at end: String.UnicodeScalarView.Index) {
            sentences.append(String(scalars[start..<end]))
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
        return sentences.map { $0.trimmingSpacesAndTabs() }.filter { !$0.isEmpty }
    }

    /// Chinese characters plus words in Latin letters or digits, counted as reading time counts them.
    static func length(_ sentence: String) -> Int {
        let figures = TextFigures(paragraphs: [sentence], headings: [])
        return figures.chineseCharacters + figures.latinWords
    }
}
