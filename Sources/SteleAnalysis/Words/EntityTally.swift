import SteleSupport

/// Counts the mentions of each name over a corpus and decides which names are listed: those the
/// context backs at least once, and names the HMM found and tagged that recur across articles. A name
/// only tagged (卫星 in one report, or the dictionary's 从严治党 in many) is the tagger's noise and stays out.
struct EntityTally {
    /// A new word tagged but never backed by its context is listed from this many mentions…
    static let taggedMentions = 3
    /// …in at least this many articles.
    static let taggedArticles = 2

    private struct Count {
        var mentions = 0
        var backed = 0
        var articles = 0
        /// Mentions the HMM found: counted rather than flagged, so that an article can be taken out.
        var newWordMentions = 0
    }

    /// Names by their bytes, as every table of words (see `TextKey`).
    private var counts: [EntityMention.Kind: [TextKey: Count]] = [:]

    /// Counts one article's mentions `times` times: once to add the article, -1 to take it out.
    mutating func count(article mentions: [EntityMention], by times: Int) {
        var seen: [EntityMention.Kind: Set<TextKey>] = [:]
        for mention in mentions {
            let name = TextKey(mention.name)
            var count = counts[mention.kind, default: [:]][name, default: Count()]
            count.mentions += times
            if mention.hasEvidence { count.backed += times }
            if mention.isNewWord { count.newWordMentions += times }
            if seen[mention.kind, default: []].insert(name).inserted { count.articles += times }
            counts[mention.kind, default: [:]][name] = count.mentions == 0 ? nil : count
        }
    }

    /// The listed names of `kind` with their mentions.
    func listed(_ kind: EntityMention.Kind) -> [TextKey: Int] {
        var listed: [TextKey: Int] = [:]
        for (name, count) in counts[kind] ?? [:]
        where count.backed > 0
            || (count.newWordMentions > 0 && count.mentions >= Self.taggedMentions && count.articles >= Self.taggedArticles) {
            listed[name] = count.mentions
        }
        return listed
    }
}
