import Foundation
import SteleAnalysis

/// The statistics report as the `stats` template sees it (`stats.*`) and as `stats.json` writes it.
struct StatisticsContext {
    package var report: StatisticsReport
    package var urls: URLBuilder
    var labels: StatisticsLabels

    /// Number of words in the top-words chart, and in `stats.json`.
    static let chartWords = 20
    static let jsonWords = 100
    /// Names of each kind the page lists (stats.json has them all).
    static let pageEntities = 20

    // MARK: Template

    var view: StatisticsView {
        let total = report.figures.total
        let figures = report.figures
        // Found once for the table and the chart: a pass over every article's figures.
        let longest = figures.longest(Self.listLimit)
        return StatisticsView(
            labels: labels.texts,
            lead: labels.format("lead", String(figures.articles.count)),
            notes: notes,
            figures: [
                figure("figureArticles", figures.articles.count),
                figure("figureChinese", total.chineseCharacters),
                figure("figureCharacters", total.characters),
                figure("figureParagraphs", total.paragraphs),
                figure("figureSentences", total.sentences),
                figure("figureHeadings", total.headings),
                .init(label: labels["figureReading"], value: labels.format("minutes", String(total.readingMinutes))),
            ],
            readingNote: labels.format("readingNote", String(TextFigures.charactersPerMinute), String(TextFigures.wordsPerMinute)),
            articles: longest.map(articleRow),
            articlesLimited: limitNote(total: figures.articles.count),
            method: method,
            wordFigures: [
                figure("wordTokens", report.words.wordTokens),
                figure("vocabulary", report.words.vocabulary),
                .init(label: labels["density"], value: Self.percent(report.words.lexicalDensity),
                      note: labels["densityNote"]),
                .init(label: labels["typeToken"], value: Self.decimal(report.words.typeTokenRatio, places: 3),
                      note: labels["typeTokenNote"]),
            ],
            distinctiveNote: labels[report.words.backgroundIDF ? "distinctiveBackground" : "distinctiveCorpus"],
            distinctive: zip(figures.articles, report.words.distinctive).prefix(Self.listLimit).map { article, words in
                .init(title: article.title, url: urls.url(article.path), words: words.map(\.word))
            },
            distinctiveLimited: limitNote(total: figures.articles.count),
            hasEntities: report.dictionaryPath != nil,
            entities: [
                entityList("people", report.words.people),
                entityList("places", report.words.places),
                entityList("organisations", report.words.organisations),
            ],
            quantityCount: quantityCount(report.quantities.count),
            quantityGroups: Quantity.Group.allCases.compactMap(quantityGroup),
            hasDecades: !report.decades.isEmpty,
            jsonURL: urls.url("stats.json"),
            lengthsChart: chartView(lengthsChart(longest)),
            wordsChart: chartView(wordsChart),
            decadesChart: chartView(decadesChart),
            longest: figures.longest.map(extreme),
            shortest: figures.shortest.map(extreme))
    }

    var notes: [String] {
        report.notes.map { note in
            switch note {
            // Named as the page names files (WordDataName), not by the build machine's path.
            case let .icuFallback(searched): labels.format("note.icu", WordDataName(path: searched).dataText)
            case let .corpusIDF(searched): labels.format("note.idf", WordDataName(path: searched).dataText)
            }
        }
    }

    var method: String {
        guard let dictionary = report.dictionaryPath else { return labels["methodICU"] }
        var text = labels.format(report.findsNewWords ? "methodDictionaryHMM" : "methodDictionary",
                                 dictionaryName(WordDataName(path: dictionary)),
                                 Self.grouped(report.dictionaryWordCount))
        if report.userWordCount > 0 { text += (labels.isChinese ? "" : " ") + labels.format("methodUserWords", String(report.userWordCount)) }
        return text
    }

    /// `jieba's dictionary (python3-jieba)`, `the dictionary data/dict.txt`.
    private func dictionaryName(_ name: WordDataName) -> String {
        switch name {
        case .debian: labels["dictionaryDebian"]
        case let .site(path): labels.format("dictionaryFile", path)
        case let .other(name): labels.format("dictionaryFile", name)
        }
    }

    private func figure(_ key: String, _ value: Int) -> StatisticsView.Figure {
        .init(label: labels[key], value: Self.grouped(value))
    }

    private func extreme(_ article: ArticleFigures) -> StatisticsView.Extreme {
        .init(title: article.title, url: urls.url(article.path),
              size: labels.format("chineseCount", Self.grouped(article.figures.chineseCharacters)))
    }

    private func articleRow(_ article: ArticleFigures) -> StatisticsView.ArticleRow {
        let figures = article.figures
        return .init(
            title: article.title, url: urls.url(article.path),
            chinese: figures.chineseCharacters, chineseText: Self.grouped(figures.chineseCharacters),
            characters: figures.characters, charactersText: Self.grouped(figures.characters),
            paragraphs: figures.paragraphs, sentences: figures.sentences, headings: figures.headings,
            minutes: figures.readingMinutes)
    }

    private func entityList(_ key: String, _ words: [WordCount]) -> StatisticsView.EntityList {
        .init(heading: labels[key], items: words.prefix(Self.pageEntities).map { .init(word: $0.word, count: $0.count) },
              hasItems: !words.isEmpty)
    }

    /// `13 figures`, `1 figure` / `共 13 个`.
    private func quantityCount(_ count: Int) -> String {
        labels.format(count == 1 ? "quantityCountOne" : "quantityCount", String(count))
    }

    private func quantityGroup(_ group: Quantity.Group) -> StatisticsView.QuantityGroup? {
        let quantities = report.quantities(in: group)
        guard !quantities.isEmpty else { return nil }
        return .init(
            id: "quantities-\(group.rawValue)",
            heading: labels["group.\(group.rawValue)"],
            count: quantityCount(quantities.count),
            rows: quantities.prefix(Self.listLimit).map(quantityRow),
            limited: limitNote(total: quantities.count))
    }

    /// Rows a table or list of the page shows at most: a page of 10,000 articles stays a page a reader
    /// can load (issue 16). The longest articles and the largest figures come first, so what is cut is
    /// the tail; stats.json keeps every row.
    static let listLimit = 50

    /// The line under a list cut at `listLimit`, nil when nothing was cut.
    private func limitNote(total: Int) -> String? {
        total > Self.listLimit ? labels.format("listLimited", String(Self.listLimit), String(total)) : nil
    }

    private func quantityRow(_ cited: StatisticsReport.CitedQuantity) -> StatisticsView.QuantityRow {
        let quantity = cited.quantity
        return .init(
            text: quantity.text,
            url: paragraphURL(cited),
            value: Self.valueText(quantity),
            sortValue: quantity.value.description,
            unit: quantity.unit,
            counts: quantity.counts ?? "",
            article: cited.articleTitle,
            articleURL: urls.url(cited.articlePath),
            approximation: quantity.approximation.map {
                labels.format("approximationText", $0.word, labels["approx.\($0.kind.rawValue)"])
            },
            change: quantity.change.map { labels.format("change", $0.from, $0.to) },
            direction: quantity.direction.map { labels["direction.\($0.rawValue)"] })
    }

    private func paragraphURL(_ cited: StatisticsReport.CitedQuantity) -> String {
        urls.url(cited.articlePath) + "#" + cited.paragraphID
    }

    // MARK: Charts

    /// The chart of the `articles` longest, the first of all.
    func lengthsChart(_ articles: [ArticleFigures]) -> BarChart {
        let total = report.figures.articles.count
        let list = articles.map { "\($0.title) \(Self.grouped($0.figures.chineseCharacters))" }
            .joined(separator: labels.isChinese ? "；" : "; ")
        return BarChart(
            id: "chart-lengths", title: labels["lengthsTitle"],
            summary: total > articles.count
                ? labels.format("lengthsSummaryLimited", String(articles.count), String(total), list)
                : labels.format("lengthsSummary", String(articles.count), list),
            bars: articles.map {
                BarChart.Bar(label: $0.title, value: Double($0.figures.chineseCharacters),
                             valueText: Self.grouped($0.figures.chineseCharacters))
            })
    }

    var wordsChart: BarChart {
        let top = Array(report.words.topWords.prefix(Self.chartWords))
        return BarChart(
            id: "chart-words", title: labels["topWordsTitle"],
            summary: labels.format("topWordsSummary", String(top.count), top.first?.word ?? "", String(top.first?.count ?? 0)),
            bars: top.map { BarChart.Bar(label: $0.word, value: Double($0.count), valueText: String($0.count)) },
            layout: .sideLabels)
    }

    var decadesChart: BarChart {
        let decades = report.decades
        let peak = decades.max { $0.count != $1.count ? $0.count < $1.count : $0.decade > $1.decade }
        return BarChart(
            id: "chart-decades", title: labels["decadesTitle"],
            summary: labels.format("decadesSummary", String(decades.first?.decade ?? 0), String(decades.last?.decade ?? 0),
                                   String(peak?.count ?? 0), String(peak?.decade ?? 0)),
            bars: decades.map { BarChart.Bar(label: String($0.decade), value: Double($0.count), valueText: String($0.count)) },
            layout: .columns)
    }

    /// The chart's view; nil for a chart with nothing to draw.
    private func chartView(_ chart: BarChart) -> StatisticsView.Chart? {
        guard !chart.bars.isEmpty else { return nil }
        let isDecades = chart.layout == .columns
        return .init(
            id: chart.id, title: chart.title, summary: chart.summary, svg: chart.svg(),
            labelHeader: labels[isDecades ? "decade" : chart.id == "chart-words" ? "word" : "title"],
            valueHeader: labels[isDecades ? "events" : chart.id == "chart-words" ? "count" : "columnChinese"],
            rows: chart.bars.map { bar in
                .init(label: isDecades ? labels.format("decadeLabel", bar.label) : bar.label, value: bar.valueText)
            })
    }

    // MARK: JSON

    package var json: JSONValue {
        let total = report.figures.total
        let perArticle: any Sequence<JSONValue> = zip(report.figures.articles, report.words.distinctive).lazy.map {
            articleJSON($0, distinctive: $1)
        }
        let quantities: any Sequence<JSONValue> = Quantity.Group.allCases.lazy.flatMap(report.quantities(in:))
            .map(quantityJSON)
        return .object([
            ("articles", .int(report.figures.articles.count)),
            ("characters", .int(total.characters)),
            ("chineseCharacters", .int(total.chineseCharacters)),
            ("paragraphs", .int(total.paragraphs)),
            ("sentences", .int(total.sentences)),
            ("headings", .int(total.headings)),
            ("readingMinutes", .int(total.readingMinutes)),
            ("charactersPerMinute", .int(TextFigures.charactersPerMinute)),
            ("wordsPerMinute", .int(TextFigures.wordsPerMinute)),
            ("longest", report.figures.longest.map(articleJSON) ?? .null),
            ("shortest", report.figures.shortest.map(articleJSON) ?? .null),
            ("perArticle", .items(perArticle)),
            ("segmentation", .object([
                ("method", .string(report.dictionaryPath == nil ? "icu" : "jieba-dictionary")),
                ("dictionary", .optional(report.dictionaryPath.map { WordDataName(path: $0).dataText })),
                ("idf", .optional(report.idfPath.map { WordDataName(path: $0).dataText })),
                ("userWords", .int(report.userWordCount)),
            ])),
            ("notes", .array(notes.map(JSONValue.string))),
            ("wordTokens", .int(report.words.wordTokens)),
            ("vocabulary", .int(report.words.vocabulary)),
            ("lexicalDensity", .double(report.words.lexicalDensity)),
            ("typeTokenRatio", .double(report.words.typeTokenRatio)),
            ("quantities", .items(quantities)),
            ("words", .array(report.words.topWords.prefix(Self.jsonWords).map(wordJSON))),
            ("entities", .object([
                ("people", .array(report.words.people.map(wordJSON))),
                ("places", .array(report.words.places.map(wordJSON))),
                ("organisations", .array(report.words.organisations.map(wordJSON))),
            ])),
            ("eventsPerDecade", .array(report.decades.map {
                .object([("decade", .int($0.decade)), ("count", .int($0.count))])
            })),
        ])
    }

    private func articleJSON(_ article: ArticleFigures) -> JSONValue {
        let figures = article.figures
        return .object([
            ("title", .string(article.title)), ("url", .string(urls.url(article.path))),
            ("chineseCharacters", .int(figures.chineseCharacters)), ("characters", .int(figures.characters)),
            ("paragraphs", .int(figures.paragraphs)), ("sentences", .int(figures.sentences)),
            ("headings", .int(figures.headings)), ("readingMinutes", .int(figures.readingMinutes)),
        ])
    }

    /// An article's figures and its distinctive words, for `perArticle`.
    private func articleJSON(_ article: ArticleFigures, distinctive words: [WeightedWord]) -> JSONValue {
        guard case let .object(members) = articleJSON(article) else { return .null }
        let distinctive: [JSONValue] = words.map { word in
            .object([("word", .string(word.word)), ("weight", .double(word.weight)), ("count", .int(word.count))])
        }
        return .object(members + [("distinctiveWords", .array(distinctive))])
    }

    private func wordJSON(_ word: WordCount) -> JSONValue {
        .object([("word", .string(word.word)), ("count", .int(word.count))])
    }

    private func quantityJSON(_ cited: StatisticsReport.CitedQuantity) -> JSONValue {
        let quantity = cited.quantity
        return .object([
            ("text", .string(quantity.text)),
            ("value", .decimal(quantity.value)),
            ("upper", quantity.upper.map(JSONValue.decimal) ?? .null),
            ("unit", .string(quantity.unit)),
            ("approx", .bool(quantity.approximation != nil)),
            ("approxWord", .optional(quantity.approximation?.word)),
            ("approxKind", .optional(quantity.approximation?.kind.rawValue)),
            ("counts", .optional(quantity.counts)),
            ("group", .string(quantity.group.rawValue)),
            ("change", quantity.change.map { .object([("from", .string($0.from)), ("to", .string($0.to))]) } ?? .null),
            ("direction", .optional(quantity.direction?.rawValue)),
            ("article", .string(cited.articleTitle)),
            ("url", .string(paragraphURL(cited))),
        ])
    }

    // MARK: Numbers

    /// 12345 → "12,345".
    package static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        return (value < 0 ? "-" : "") + groupDigits(digits)
    }

    /// A decimal with its integer part grouped: 518000 → "518,000", 99.99 → "99.99".
    package static func grouped(_ value: Decimal) -> String {
        let text = value.description
        let negative = text.hasPrefix("-")
        let unsigned = negative ? String(text.dropFirst()) : text
        let parts = unsigned.split(separator: ".", maxSplits: 1)
        let integer = groupDigits(String(parts.first ?? "0"))
        return (negative ? "-" : "") + integer + (parts.count > 1 ? "." + parts[1] : "")
    }

    private static func groupDigits(_ digits: String) -> String {
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += "," }
            result.append(digit)
        }
        return result
    }

    /// The value column: 518,000; 4–5 for a range; 99.99% for a percentage.
    static func valueText(_ quantity: Quantity) -> String {
        var text = grouped(quantity.value)
        if let upper = quantity.upper { text += "–" + grouped(upper) }
        if quantity.unit == "%" { text += "%" }
        return text
    }

    package static func percent(_ share: Double) -> String { decimal(share * 100, places: 1) + "%" }

    /// `value` with `places` decimals, the same on every machine.
    static func decimal(_ value: Double, places: Int) -> String {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((value * scale).rounded())
        let integer = scaled / Int(scale), fraction = abs(scaled % Int(scale))
        let fractionText = String(fraction)
        return "\(integer)." + String(repeating: "0", count: places - fractionText.count) + fractionText
    }
}
