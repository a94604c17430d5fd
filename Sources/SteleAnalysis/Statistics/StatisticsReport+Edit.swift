import Algorithms

extension StatisticsReport {
    /// Puts the `index`th article's own figures and quantities, from its analysis after an edit, in
    /// place of those the report has: what `stele serve` shows on the statistics page at once, with
    /// `words` as `CorpusWords.replace` counts the edit and `decades` from the timeline's events.
    ///
    /// Each group's listed order takes the article's quantities out and puts its new ones in where
    /// a sort would put them, by halves: sorting 270,000 figures again would take longer than the
    /// whole step at 10,000 articles.
    public mutating func replaceArticle(at index: Int, with analysis: ArticleAnalysis) {
        figures.replace(at: index, with: analysis.figures)
        let oldGroups = Set(quantities.places(inRun: index).map { quantities.quantity(at: $0).group })
        let placed = quantities.replaceRun(at: index, with: analysis.quantities)
        for group in oldGroups {
            listedOrder[group]?.removeAll { $0.article == index }
            // A group without quantities has no list, as the full build's grouping gives none.
            if listedOrder[group]?.isEmpty == true { listedOrder[group] = nil }
        }
        for place in placed {
            let cited = quantities[place]
            var order = listedOrder.removeValue(forKey: cited.quantity.group) ?? []
            order.insert(place, at: order.partitioningIndex { !Self.isListed(quantities[$0], before: cited) })
            listedOrder[cited.quantity.group] = order
        }
    }
}
