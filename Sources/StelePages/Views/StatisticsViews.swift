import SteleAnalysis

/// The keys of the statistics page.
public struct StatisticsKeys: TemplateView {
    public var stats: StatisticsView
}

/// `stats.*`: the statistics report as the page shows it.
public struct StatisticsView: TemplateView {
    /// A figure of the overview: `Articles 4`, with a note for derived ones.
    public struct Figure: TemplateView {
        public var label: String
        public var value: String
        public var note: String?
    }

    /// A row of the article table.
    public struct ArticleRow: TemplateView {
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
    }

    /// The longest or shortest article.
    public struct Extreme: TemplateView {
        public var title: String
        public var url: String
        /// `4,093 Chinese characters`.
        public var size: String
    }

    /// An article's most distinctive words.
    public struct Distinctive: TemplateView {
        public var title: String
        public var url: String
        public var words: [String]
    }

    public struct WordCount: TemplateView {
        public var word: String
        public var count: Int
    }

    /// People, places or organisations.
    public struct EntityList: TemplateView {
        public var heading: String
        public var items: [WordCount]
        public var hasItems: Bool
    }

    /// The figures of one group (people, percentages, …) as a table.
    public struct QuantityGroup: TemplateView {
        /// `quantities-people`: the anchor of its table.
        public var id: String
        public var heading: String
        public var count: String
        public var rows: [QuantityRow]
        /// Set when the table shows only the largest figures of the group.
        public var limited: String?
    }

    public struct QuantityRow: TemplateView {
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
    }

    /// A bar chart, drawn as SVG, with its numbers as a table.
    public struct Chart: TemplateView {
        public struct Row: TemplateView {
            public var label: String
            public var value: String
        }

        public var id: String
        public var title: String
        public var summary: String
        public var svg: String
        public var labelHeader: String
        public var valueHeader: String
        public var rows: [Row]
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
}
