import SteleAnalysis

/// The keys of the statistics page.
public struct StatisticsKeys: KeyedTemplateView {
    public var stats: StatisticsView

    public enum Key: String, CaseIterable { case stats }

    public func value(for key: Key) -> Any? {
        switch key {
        case .stats: stats
        }
    }
}

/// `stats.*`: the statistics report as the page shows it.
public struct StatisticsView: KeyedTemplateView {
    /// A figure of the overview: `Articles 4`, with a note for derived ones.
    public struct Figure: KeyedTemplateView {
        public var label: String
        public var value: String
        public var note: String?

        public enum Key: String, CaseIterable { case label, value, note }

        public func value(for key: Key) -> Any? {
            switch key {
            case .label: label
            case .value: value
            case .note: note
            }
        }
    }

    /// A row of the article table.
    public struct ArticleRow: KeyedTemplateView {
        public var title: String
        public var url: String
        public var chinese: Int
        public var chineseText: String
        public var characters: Int
        public var charactersText: String
        public var paragraphs: Int
        public var sentences: Int
        public var headings: Int
        public var minutes: Int

        public enum Key: String, CaseIterable {
            case title, url, chinese, chineseText, characters, charactersText, paragraphs, sentences, headings, minutes
        }

        public func value(for key: Key) -> Any? {
            switch key {
            case .title: title
            case .url: url
            case .chinese: chinese
            case .chineseText: chineseText
            case .characters: characters
            case .charactersText: charactersText
            case .paragraphs: paragraphs
            case .sentences: sentences
            case .headings: headings
            case .minutes: minutes
            }
        }
    }

    /// The longest or shortest article.
    public struct Extreme: KeyedTemplateView {
        public var title: String
        public var url: String
        /// `4,093 Chinese characters`.
        public var size: String

        public enum Key: String, CaseIterable { case title, url, size }

        public func value(for key: Key) -> Any? {
            switch key {
            case .title: title
            case .url: url
            case .size: size
            }
        }
    }

    /// An article's most distinctive words.
    public struct Distinctive: KeyedTemplateView {
        public var title: String
        public var url: String
        public var words: [String]

        public enum Key: String, CaseIterable { case title, url, words }

        public func value(for key: Key) -> Any? {
            switch key {
            case .title: title
            case .url: url
            case .words: words
            }
        }
    }

    public struct WordCount: KeyedTemplateView {
        public var word: String
        public var count: Int

        public enum Key: String, CaseIterable { case word, count }

        public func value(for key: Key) -> Any? {
            switch key {
            case .word: word
            case .count: count
            }
        }
    }

    /// People, places or organisations.
    public struct EntityList: KeyedTemplateView {
        public var heading: String
        public var items: [WordCount]
        public var hasItems: Bool

        public enum Key: String, CaseIterable { case heading, items, hasItems }

        public func value(for key: Key) -> Any? {
            switch key {
            case .heading: heading
            case .items: items
            case .hasItems: hasItems
            }
        }
    }

    /// The figures of one group (people, percentages, …) as a table.
    public struct QuantityGroup: KeyedTemplateView {
        /// `quantities-people`: the anchor of its table.
        public var id: String
        public var heading: String
        public var count: String
        public var rows: [QuantityRow]
        /// Set when the table shows only the largest figures of the group.
        public var limited: String?

        public enum Key: String, CaseIterable { case id, heading, count, rows, limited }

        public func value(for key: Key) -> Any? {
            switch key {
            case .id: id
            case .heading: heading
            case .count: count
            case .rows: rows
            case .limited: limited
            }
        }
    }

    public struct QuantityRow: KeyedTemplateView {
        /// As written: `近11万家`.
        public var text: String
        /// The paragraph it is cited in.
        public var url: String
        /// Normalised and grouped: `110,000`.
        public var value: String
        /// The plain number the table sorts by.
        public var sortValue: String
        public var unit: String
        public var counts: String
        public var article: String
        public var articleURL: String
        /// `近（nearly）`.
        public var approximation: String?
        public var change: String?
        /// `fall` when the figure is a fall or a negative (its value is then negative too).
        public var direction: String? = nil

        public enum Key: String, CaseIterable {
            case text, url, value, sortValue, unit, counts, article, articleURL, approximation, change, direction
        }

        public func value(for key: Key) -> Any? {
            switch key {
            case .text: text
            case .url: url
            case .value: value
            case .sortValue: sortValue
            case .unit: unit
            case .counts: counts
            case .article: article
            case .articleURL: articleURL
            case .approximation: approximation
            case .change: change
            case .direction: direction
            }
        }
    }

    /// A bar chart, drawn as SVG, with its numbers as a table.
    public struct Chart: KeyedTemplateView {
        public struct Row: KeyedTemplateView {
            public var label: String
            public var value: String

            public enum Key: String, CaseIterable { case label, value }

            public func value(for key: Key) -> Any? {
                switch key {
                case .label: label
                case .value: value
                }
            }
        }

        public var id: String
        public var title: String
        public var summary: String
        public var svg: String
        public var labelHeader: String
        public var valueHeader: String
        public var rows: [Row]

        public enum Key: String, CaseIterable { case id, title, summary, svg, labelHeader, valueHeader, rows }

        public func value(for key: Key) -> Any? {
            switch key {
            case .id: id
            case .title: title
            case .summary: summary
            case .svg: svg
            case .labelHeader: labelHeader
            case .valueHeader: valueHeader
            case .rows: rows
            }
        }
    }

    public var labels: [String: String]
    public var lead: String
    public var notes: [String]
    public var figures: [Figure]
    public var readingNote: String
    public var articles: [ArticleRow]
    /// `The first 50 of 10000; stats.json has them all.` when the table is cut; nil when it is whole.
    public var articlesLimited: String?
    public var method: String
    public var wordFigures: [Figure]
    public var distinctiveNote: String
    public var distinctive: [Distinctive]
    public var distinctiveLimited: String?
    public var hasEntities: Bool
    public var entities: [EntityList]
    public var quantityCount: String
    public var quantityGroups: [QuantityGroup]
    public var hasDecades: Bool
    public var jsonURL: String
    /// Charts with nothing to draw (an empty site) are left out.
    public var lengthsChart: Chart?
    public var wordsChart: Chart?
    public var decadesChart: Chart?
    public var longest: Extreme?
    public var shortest: Extreme?

    public enum Key: String, CaseIterable {
        case labels, lead, notes, figures, readingNote, articles, articlesLimited, method, wordFigures, distinctiveNote
        case distinctive, distinctiveLimited, hasEntities, entities, quantityCount, quantityGroups, hasDecades, jsonURL
        case lengthsChart, wordsChart, decadesChart, longest, shortest
    }

    public func value(for key: Key) -> Any? {
        switch key {
        case .labels: labels
        case .lead: lead
        case .notes: notes
        case .figures: figures
        case .readingNote: readingNote
        case .articles: articles
        case .articlesLimited: articlesLimited
        case .method: method
        case .wordFigures: wordFigures
        case .distinctiveNote: distinctiveNote
        case .distinctive: distinctive
        case .distinctiveLimited: distinctiveLimited
        case .hasEntities: hasEntities
        case .entities: entities
        case .quantityCount: quantityCount
        case .quantityGroups: quantityGroups
        case .hasDecades: hasDecades
        case .jsonURL: jsonURL
        case .lengthsChart: lengthsChart
        case .wordsChart: wordsChart
        case .decadesChart: decadesChart
        case .longest: longest
        case .shortest: shortest
        }
    }
}
