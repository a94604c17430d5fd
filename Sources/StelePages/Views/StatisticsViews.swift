import SteleAnalysis

/// The keys of the statistics page.
public struct StatisticsKeys: KeyedTemplateView, PageKeys {
    public var stats: StatisticsView

    public enum Key: String, CaseIterable { case stats }

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .stats: .view(stats)
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

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .label: .text(label)
            case .value: .text(value)
            case .note: .text(note)
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

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .title: .text(title)
            case .url: .text(url)
            case .chinese: .int(chinese)
            case .chineseText: .text(chineseText)
            case .characters: .int(characters)
            case .charactersText: .text(charactersText)
            case .paragraphs: .int(paragraphs)
            case .sentences: .int(sentences)
            case .headings: .int(headings)
            case .minutes: .int(minutes)
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

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .title: .text(title)
            case .url: .text(url)
            case .size: .text(size)
            }
        }
    }

    /// An article's most distinctive words.
    public struct Distinctive: KeyedTemplateView {
        public var title: String
        public var url: String
        public var words: [String]

        public enum Key: String, CaseIterable { case title, url, words }

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .title: .text(title)
            case .url: .text(url)
            case .words: .list(words)
            }
        }
    }

    public struct WordCount: KeyedTemplateView {
        public var word: String
        public var count: Int

        public enum Key: String, CaseIterable { case word, count }

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .word: .text(word)
            case .count: .int(count)
            }
        }
    }

    /// People, places or organisations.
    public struct EntityList: KeyedTemplateView {
        public var heading: String
        public var items: [WordCount]
        public var hasItems: Bool

        public enum Key: String, CaseIterable { case heading, items, hasItems }

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .heading: .text(heading)
            case .items: .list(items)
            case .hasItems: .bool(hasItems)
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

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .id: .text(id)
            case .heading: .text(heading)
            case .count: .text(count)
            case .rows: .list(rows)
            case .limited: .text(limited)
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

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .text: .text(text)
            case .url: .text(url)
            case .value: .text(value)
            case .sortValue: .text(sortValue)
            case .unit: .text(unit)
            case .counts: .text(counts)
            case .article: .text(article)
            case .articleURL: .text(articleURL)
            case .approximation: .text(approximation)
            case .change: .text(change)
            case .direction: .text(direction)
            }
        }
    }

    /// A bar chart, drawn as SVG, with its numbers as a table.
    public struct Chart: KeyedTemplateView {
        public struct Row: KeyedTemplateView {
            public var label: String
            public var value: String

            public enum Key: String, CaseIterable { case label, value }

            public func value(for key: Key) -> TemplateValue? {
                switch key {
                case .label: .text(label)
                case .value: .text(value)
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

        public func value(for key: Key) -> TemplateValue? {
            switch key {
            case .id: .text(id)
            case .title: .text(title)
            case .summary: .text(summary)
            case .svg: .text(svg)
            case .labelHeader: .text(labelHeader)
            case .valueHeader: .text(valueHeader)
            case .rows: .list(rows)
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

    public func value(for key: Key) -> TemplateValue? {
        switch key {
        case .labels: .dictionary(labels)
        case .lead: .text(lead)
        case .notes: .list(notes)
        case .figures: .list(figures)
        case .readingNote: .text(readingNote)
        case .articles: .list(articles)
        case .articlesLimited: .text(articlesLimited)
        case .method: .text(method)
        case .wordFigures: .list(wordFigures)
        case .distinctiveNote: .text(distinctiveNote)
        case .distinctive: .list(distinctive)
        case .distinctiveLimited: .text(distinctiveLimited)
        case .hasEntities: .bool(hasEntities)
        case .entities: .list(entities)
        case .quantityCount: .text(quantityCount)
        case .quantityGroups: .list(quantityGroups)
        case .hasDecades: .bool(hasDecades)
        case .jsonURL: .text(jsonURL)
        case .lengthsChart: .view(lengthsChart)
        case .wordsChart: .view(wordsChart)
        case .decadesChart: .view(decadesChart)
        case .longest: .view(longest)
        case .shortest: .view(shortest)
        }
    }
}
