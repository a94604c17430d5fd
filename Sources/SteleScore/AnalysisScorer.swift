import Foundation
import SteleAnalysis
import SteleContent
import SteleMarkdown
import SteleText
import Yams

/// Analyses every text of a corpus (Tests/Fixtures/analysis-corpus) as a build would and compares the
/// timeline events, cited quantities and named entities with the sidecar, as its README says:
/// events on start, precision and paragraph; quantities on what is written, value and unit in their
/// paragraph; entities as sets per kind.
public struct AnalysisScorer {
    public var folder: URL
    /// The words the analysis cuts with: jieba's dictionary where it is installed, as a site without
    /// a words.txt gets it.
    public var words: WordSources

    public init(folder: URL, words: WordSources) {
        self.folder = folder
        self.words = words
    }

    public func score() async throws -> AnalysisScore {
        var score = AnalysisScore()
        let texts = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
            .filter { $0 != "README.md" }.sorted()
        for name in texts {
            let stem = String(name.dropLast(".md".count))
            let page = try Self.page(folder.appendingPathComponent(name), name: name)
            let sidecar = try Yams.compose(yaml: String(contentsOf: folder.appendingPathComponent(stem + ".expected.yml"),
                                                        encoding: .utf8))
            let expected = AnalysisExpectation(sidecar)
            let events = try TimelineExtractor().events(in: [page])
            let report = try await StatisticsReport(pages: [page], sources: words, eventYears: [])
            score.add(file: name, expected: expected, events: events, quantities: report.quantities, words: report.words)
        }
        return score
    }

    /// The fixture rendered as the build renders a content file.
    static func page(_ url: URL, name: String) throws -> RenderedPage {
        let document = try ContentDocument(parsing: String(contentsOf: url, encoding: .utf8), file: name)
        let page = Page(source: name, frontmatter: document.frontmatter, body: document.body,
                        bodyStartLine: document.bodyStartLine)
        return RenderedPage(page: page, path: "articles/\(page.slug)/",
                            markdown: MarkdownRenderer().render(document.body, firstLine: document.bodyStartLine))
    }
}

/// What a careful reader finds in one analysis-corpus text.
struct AnalysisExpectation {
    struct Event: Equatable {
        var start: String
        var precision: String
        var paragraph: Int
    }

    struct Quantity {
        var written: String
        var value: Decimal
        var unit: String
        var paragraph: Int
    }

    var events: [Event] = []
    var optionalEvents: [Event] = []
    var quantities: [Quantity] = []
    var entities: [String: Set<String>] = [:]

    init(_ root: Node?) {
        func events(_ key: String) -> [Event] {
            (root?[key]?.sequence ?? []).compactMap { node in
                guard let start = node["start"]?.string, let precision = node["precision"]?.string,
                      let paragraph = node["paragraph"]?.int
                else { return nil }
                return Event(start: start, precision: precision, paragraph: paragraph)
            }
        }
        self.events = events("events")
        optionalEvents = events("optional_events")
        quantities = (root?["quantities"]?.sequence ?? []).compactMap { node in
            guard let written = node["written"]?.string, let value = node["value"]?.string.flatMap({ Decimal(string: $0) }),
                  let paragraph = node["paragraph"]?.int
            else { return nil }
            return Quantity(written: written, value: value, unit: node["unit"]?.string ?? "", paragraph: paragraph)
        }
        for kind in AnalysisScore.entityKinds {
            entities[kind] = Set((root?["entities"]?[kind]?.sequence ?? []).compactMap(\.string))
        }
    }
}

/// Recall and precision of the analysis on a corpus.
public struct AnalysisScore: Sendable {
    /// Found right out of all expected (recall) and out of all found (precision).
    public struct Measure: Sendable {
        public var recall = Tally()
        public var precision = Tally()
    }

    static let entityKinds = ["people", "places", "organisations"]

    public var events = Measure()
    public var quantities = Measure()
    public var entities: [String: Measure] = [:]
    /// Every miss and false find, as `file: what`.
    public var misses: [String] = []

    mutating func add(file: String, expected: AnalysisExpectation, events found: [TimelineEvent],
                      quantities cited: CitedQuantities, words: WordStatistics) {
        // Events: a multiset matched on start, precision and paragraph; optional ones set aside.
        var wanted = expected.events
        for event in found {
            // The corpus writes a decade as `1960s`.
            let key = AnalysisExpectation.Event(start: event.start.iso + (event.start.isDecade ? "s" : ""), precision: event.precision.rawValue,
                                                paragraph: Self.paragraphNumber(event.paragraphID))
            if let index = wanted.firstIndex(of: key) {
                wanted.remove(at: index)
                events.precision.count(true)
            } else if !expected.optionalEvents.contains(key) {
                events.precision.count(false)
                misses.append("\(file): event not expected: \(key.start) \(key.precision) p-\(key.paragraph) \(event.text)")
            }
        }
        events.recall.right += expected.events.count - wanted.count
        events.recall.total += expected.events.count
        misses += wanted.map { "\(file): event missed: \($0.start) \($0.precision) p-\($0.paragraph)" }

        // Quantities: in their paragraph, written alike, same value and unit.
        var unmatched = expected.quantities
        for item in cited {
            let paragraph = Self.paragraphNumber(item.paragraphID)
            if let index = unmatched.firstIndex(where: { Self.matches($0, item.quantity, paragraph: paragraph) }) {
                unmatched.remove(at: index)
                quantities.precision.count(true)
            } else {
                quantities.precision.count(false)
                misses.append("\(file): quantity not expected: \(item.quantity.text) = \(item.quantity.value) \(item.quantity.unit)")
            }
        }
        quantities.recall.right += expected.quantities.count - unmatched.count
        quantities.recall.total += expected.quantities.count
        misses += unmatched.map { "\(file): quantity missed: \($0.written) = \($0.value) \($0.unit) (p-\($0.paragraph))" }

        // Entities: sets per kind; places without one trailing administrative suffix.
        let foundByKind = ["people": words.people, "places": words.places, "organisations": words.organisations]
        for kind in Self.entityKinds {
            let normalise = { (name: String) in kind == "places" ? Self.placeName(name) : name }
            let wantedNames = Set((expected.entities[kind] ?? []).map(normalise))
            let foundNames = Set((foundByKind[kind] ?? []).map { normalise($0.word) })
            var measure = entities[kind] ?? Measure()
            measure.recall.right += wantedNames.intersection(foundNames).count
            measure.recall.total += wantedNames.count
            measure.precision.right += foundNames.intersection(wantedNames).count
            measure.precision.total += foundNames.count
            entities[kind] = measure
            misses += wantedNames.subtracting(foundNames).sorted().map { "\(file): \(kind) missed: \($0)" }
            misses += foundNames.subtracting(wantedNames).sorted().map { "\(file): \(kind) not expected: \($0)" }
        }
    }

    static func paragraphNumber(_ id: String?) -> Int { id.flatMap { Int($0.dropFirst(2)) } ?? 0 }

    static func matches(_ expected: AnalysisExpectation.Quantity, _ found: SteleAnalysis.Quantity, paragraph: Int) -> Bool {
        guard expected.paragraph == paragraph, expected.written.contains(found.text) || found.text.contains(expected.written),
              expected.value == found.value
        else { return false }
        let unit = { (unit: String) in unit.hasPrefix("个") ? String(unit.dropFirst()) : unit }
        return unit(expected.unit) == unit(found.unit)
    }

    static func placeName(_ name: String) -> String {
        guard name.count > 2, let last = name.last, "省市县区镇乡村".contains(last) else { return name }
        return String(name.dropLast())
    }

    /// The table `make score` prints.
    public var table: String {
        var rows = [["measure", "recall", "precision"]]
        rows.append(["events", events.recall.text, events.precision.text])
        rows.append(["quantities", quantities.recall.text, quantities.precision.text])
        for kind in Self.entityKinds {
            rows.append([kind, entities[kind]?.recall.text ?? "–", entities[kind]?.precision.text ?? "–"])
        }
        return TextTable.render(rows)
    }
}
