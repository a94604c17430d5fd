import Foundation
import Testing
@testable import SteleAnalysis
@testable import SteleMarkdown
@testable import StelePages
@testable import SteleSite

/// Every key a default template reads exists in the view model it is rendered with: Mustache prints
/// nothing for a misspelt key, so only this test notices one.
@Suite struct TemplateKeyTests {
    /// The views each template is rendered with in a build of Fixtures/Theme/every-key, as schemas (every
    /// key a view answers, set or not); the site gives every list an element, so the keys inside lists are
    /// seen too.
    static func viewsByTemplate() async throws -> [String: [[String: Any]]] {
        let builder = SiteBuilder(siteDirectory: Fixture.url("Theme/every-key"), now: Fixture.now)
        let config = try builder.loadConfiguration()
        let (pages, unpublished, _) = builder.selectPublished(try await builder.loadContent())
        let planned = try builder.planURLs(pages)
        let rendered = await builder.renderMarkdown(planned, config: config,
                                                    links: SiteBuilder.links(to: planned, unpublished: unpublished, config: config))
        let analysis = try await builder.analyse(rendered, words: try builder.loadWords(config: config).get())
        let site = SiteContext(config: config, pages: rendered, analysis: analysis, producers: SiteBuilder.producers)
        var views: [String: [[String: Any]]] = [:]
        for producer in SiteBuilder.producers {
            for output in try await producer.output(for: site) {
                guard let template = output.template, let view = try output.makeView() else { continue }
                views[template, default: []].append(TemplateSchema.fields(of: view))
            }
        }
        return views
    }

    @Test(arguments: ["article", "index", "not-found", "tags", "tag", "search", "timeline", "stats"])
    func everyKeyTheTemplateReadsIsInItsViewModel(template: String) async throws {
        let views = try #require(try await Self.viewsByTemplate()[template], "no page is rendered with \(template)")
        let missing = TemplateKeys(templates: DefaultTheme.templates.mapValues(\.text)).missing(in: template, views: views)
        #expect(missing.isEmpty, "\(template).mustache reads keys its view model lacks: \(missing)")
    }

    @Test func aMisspeltKeyIsFound() {
        let keys = TemplateKeys(templates: ["t": "{{#page}}{{titel}}{{/page}} {{page.title}} {{#menu}}{{url}}{{/menu}}"])
        let view: [String: Any] = ["page": ["title": "A"], "menu": [["url": "/"]]]
        #expect(keys.missing(in: "t", views: [view]) == ["titel"])
    }

    @Test func everyLanguageHasTheSameLabels() {
        #expect(Set(ThemeLabels.english.keys) == Set(ThemeLabels.chinese.keys))
        #expect(Set(StatisticsLabels.english.keys) == Set(StatisticsLabels.chinese.keys))
        #expect(Set(TimelineLabels(language: "en").labels.keys) == Set(TimelineLabels(language: "zh").labels.keys))
    }
}

/// A view as dictionaries of every key it answers: a key whose value is nil (an absent optional) is
/// there as `Absent`, so the schema lists what a template may read, not what one page happens to set.
enum TemplateSchema {
    struct Absent {}

    static func fields(of view: any TemplateView) -> [String: Any] {
        Dictionary(view.templateKeys.map { ($0, view.value(named: $0).map(value) ?? Absent()) }) { first, _ in first }
    }

    private static func value(_ value: TemplateValue) -> Any {
        switch value {
        case let .view(view): fields(of: view)
        case let .list(list): list.map(Self.value)
        case let .dictionary(dictionary):
            Dictionary(uniqueKeysWithValues: dictionary.sortedEntries.map { ($0.key, Self.value($0.value)) })
        case .text, .int, .double, .bool: value
        }
    }
}

/// Walks Mustache templates as the renderer would, with a stack of contexts, and lists the names that
/// resolve to nothing. Sections over lists look into every element; partials and parents are followed.
struct TemplateKeys {
    var templates: [String: String]

    /// The names `template` reads that none of `views` has.
    func missing(in template: String, views: [[String: Any]]) -> [String] {
        var missing: [String] = []
        walk(template, stack: [views], missing: &missing, depth: 0)
        return missing
    }

    private func walk(_ name: String, stack: [[Any]], missing: inout [String], depth: Int) {
        guard depth < 8, let text = templates[name] else { return }
        var stack = stack
        // Each open section pushes the contexts it renders with (none for a boolean or an inverted one).
        var pushed: [Bool] = []
        let tag = /\{\{\{?\s*([#^\/>$<&!]?)\s*([^}\s]*)\s*\}?\}\}/
        for match in text.matches(of: tag) {
            let sigil = String(match.output.1), key = String(match.output.2)
            switch sigil {
            case "!":
                continue
            case ">", "<":
                walk(key, stack: stack, missing: &missing, depth: depth + 1)
                if sigil == "<" { pushed.append(false) }
            case "$":
                pushed.append(false)
            case "/":
                if pushed.popLast() == true { stack.removeLast() }
            case "#", "^":
                let values = resolve(key, in: stack)
                if values.isEmpty { missing.append(key) }
                let contexts = sigil == "#" ? values.flatMap(Self.contexts) : []
                if contexts.isEmpty {
                    pushed.append(false)
                } else {
                    stack.append(contexts)
                    pushed.append(true)
                }
            default:
                if key != "." && resolve(key, in: stack).isEmpty { missing.append(key) }
            }
        }
    }

    /// What `key` (`a.b.c`) names: its first part found in the innermost context that has it.
    private func resolve(_ key: String, in stack: [[Any]]) -> [Any] {
        let parts = key.split(separator: ".").map(String.init)
        guard let first = parts.first else { return [] }
        for contexts in stack.reversed() {
            var values = contexts.compactMap { ($0 as? [String: Any])?[first] }
            guard !values.isEmpty else { continue }
            for part in parts.dropFirst() {
                values = values.compactMap { ($0 as? [String: Any])?[part] }
            }
            return values
        }
        return []
    }

    /// The contexts a section over `value` renders with: each element of a list, a dictionary itself.
    private static func contexts(_ value: Any) -> [Any] {
        if let list = value as? [Any] { return list.filter { $0 is [String: Any] } }
        return value is [String: Any] ? [value] : []
    }
}
