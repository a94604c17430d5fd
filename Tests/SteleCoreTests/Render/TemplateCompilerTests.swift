import Foundation
import Mustache
import Testing
@testable import SteleSite
@testable import StelePages

/// The compiled templates render every template to the bytes swift-mustache renders it to: whitespace,
/// partials, inheritance, transforms and lists, on small templates each showing one rule, on thousands of
/// generated ones, and on every page of this repository's site.
@Suite struct TemplateCompilerTests {
    /// A value of the kind page views are: it answers its keys itself.
    struct Item: KeyedTemplateView {
        var name: String
        var tags: [String]
        var child: [String: String]?

        enum Key: String, CaseIterable { case name, tags, child }

        func value(for key: Key) -> TemplateValue? {
            switch key {
            case .name: .text(name)
            case .tags: .list(tags)
            case .child: child.map { .dictionary($0) }
            }
        }
    }

    /// Keys in the order written, so that it describes itself alike in both renderers when a template
    /// prints it (`{{.}}`): a dictionary converted for swift-mustache (`mustacheValue`) lists its keys in
    /// an order of its own.
    struct Record: TemplateView {
        var entries: KeyValuePairs<String, TemplateValue>

        func value(named key: String) -> TemplateValue? { entries.first { $0.key == key }?.value }
        var templateKeys: [String] { entries.map(\.key) }
    }

    /// What both render: Stele's renderer reads it typed, swift-mustache as `Any` (`mustacheValue`).
    static let context: TemplateValue = .view(Record(entries: [
        "title": .text("A <b>&</b> \"quoted\" 'title'"),
        "empty": .text(""),
        "count": .int(3),
        "zero": .int(0),
        "ratio": .double(2.5),
        "yes": .bool(true),
        "no": .bool(false),
        "none": .list([String]()),
        "text": .text("<text>"),
        "names": .list(["甲", "乙", "<丙>"]),
        "items": .list([Item(name: "one", tags: ["x"], child: ["deep": "d1"]), Item(name: "two", tags: [], child: nil),
                        Item(name: "<three>", tags: ["y", "z"], child: ["deep": "d3"])]),
        "nested": .view(Record(entries: ["title": .text("inner"),
                                         "more": .view(Record(entries: ["title": .text("innermost"), "list": .list([1, 2, 3])]))])),
        "one": .dictionary(["only": TemplateValue.list(["a"])]),
        "partialName": .text("p"),
    ]))

    /// Both renderers over `templates` (the first named `main`), starting from `main`.
    static func renderBoth(_ templates: [String: String]) throws -> (String?, String?) {
        var library = MustacheLibrary()
        var compiled: [String: CompiledTemplate] = [:]
        for (name, text) in templates {
            library.register(try MustacheTemplate(string: text), named: name)
            compiled[name] = try TemplateParser.compile(text)
        }
        return (TemplateRendering.render(context, with: "main", in: compiled),
                library.render(context.mustacheValue, withTemplate: "main"))
    }

    static let cases: [[String: String]] = [
        // Values, escaping, dots, the current value.
        ["main": "{{title}}|{{{title}}}|{{&title}}|{{count}}|{{ratio}}|{{yes}}|{{missing}}|{{text}}|{{names}}|{{one}}"],
        ["main": "{{nested.title}} {{nested.more.title}} {{nested.missing.title}} {{.title}} {{nested.more.list}}"],
        ["main": "{{#nested}}{{title}} {{count}} {{.count}} {{#more}}{{title}}/{{nested.title}}{{/more}}{{/nested}}"],
        // Sections over flags, lists, strings, numbers, nil, empty lists; inverted sections.
        ["main": "{{#yes}}Y{{/yes}}{{#no}}N{{/no}}{{^no}}!N{{/no}}{{^yes}}!Y{{/yes}}{{#zero}}z{{.}}{{/zero}}"],
        ["main": "{{#names}}[{{.}}]{{/names}}{{^none}}none{{/none}}{{#none}}x{{/none}}{{^missing}}m{{/missing}}"],
        ["main": "{{#items}}{{name}}:{{#tags}}{{.}},{{/tags}}{{^tags}}-{{/tags}}{{child.deep}};{{/items}}"],
        ["main": "{{#title}}<{{.}}>{{/title}}{{#empty}}e{{.}}{{/empty}}{{#text}}{{text}}{{.}}{{/text}}{{^text}}no{{/text}}"],
        // Standalone tags take their line; others leave the whitespace.
        ["main": "a\n  {{#yes}}\n  in\n  {{/yes}}\nb\n\t{{! comment }}\t\nc {{! inline }} d\n  {{^no}}  x  {{/no}}  \n"],
        ["main": "a\r\n  {{#names}}\r\n  - {{.}}\r\n  {{/names}}\r\nend {{#yes}}\r\n{{/yes}}"],
        ["main": "{{#yes}}\n{{/yes}}  \n{{! last }}"],
        // Partials indent every line but the first; lists inside them too, as swift-mustache does it.
        ["main": "<div>\n  {{>p}}\n  {{>p}} after\n</div>\n", "p": "one\ntwo {{title}}\n{{#names}}\n{{.}}\n{{/names}}\n"],
        ["main": "x\n    {{>outer}}\n", "outer": "o1\n  {{>p}}\no2\n", "p": "p1\np2\n"],
        ["main": "{{#items}}\n  {{>item}}\n{{/items}}\n", "item": "<li>{{name}}</li>\n{{#tags}}\n  <i>{{.}}</i>\n{{/tags}}\n"],
        ["main": "{{>*partialName}}|{{>*missing}}|{{>nothere}}", "p": "dynamic {{title}}"],
        // Inheritance: blocks, defaults, the outer block winning, indented blocks.
        ["main": "{{<layout}}\n{{$title}}Mine{{/title}}\n  {{$body}}\n  line one\n    line two\n  {{/body}}\n{{/layout}}\n",
         "layout": "<h1>{{$title}}Default{{/title}}</h1>\n<main>\n  {{$body}}nothing{{/body}}\n</main>\n{{$foot}}foot{{/foot}}\n"],
        ["main": "{{<middle}}{{$a}}from main{{/a}}{{/middle}}", "middle": "{{<base}}{{$a}}from middle{{/a}}{{$b}}middle b{{/b}}{{/base}}",
         "base": "[{{$a}}base a{{/a}}][{{$b}}base b{{/b}}][{{$c}}base c{{/c}}]"],
        // Transforms and a list's positions.
        ["main": "{{uppercased(title)}} {{lowercased(uppercased(title))}} {{count(names)}} {{empty(none)}} {{reversed(title)}}"],
        ["main": "{{#items}}{{index()}}{{#first()}}F{{/first()}}{{#last()}}L{{/last()}}{{#even()}}e{{/even()}}{{^odd()}}!o{{/odd()}},{{/items}}"],
        ["main": "{{#reversed(names)}}{{.}}{{/reversed(names)}}{{#sorted(names)}}{{.}}{{/sorted(names)}}{{first(names)}}{{first()}}"],
        ["main": "{{#items}}{{#tags}}{{first()}}{{/tags}}{{#yes}}{{index()}}{{/yes}}{{#child}}{{index()}}{{/child}}{{/items}}"],
        // Delimiters and content types.
        ["main": "{{=<% %>=}}<% title %> {{title}} <%={{ }}=%>{{title}}\n  {{=| |=}}  \n|title|"],
        ["main": "{{title}}{{% CONTENT_TYPE: TEXT }}{{title}}{{% CONTENT_TYPE: HTML }}{{title}}{{>p}}", "p": "{{title}}"],
        ["main": "{{% CONTENT_TYPE: STELE_HTML }}\n{{title}}{{#items}}{{name}}{{/items}}{{>p}}", "p": "{{title}}"],
        // Odd corners: a brace alone, a tag over a line end, text in a parent call.
        ["main": "{ {title} }} {{ title }} {{#yes}}{{{title}}}{{/yes}} a}b"],
        ["main": "{{<p}}\n  text between\n{{$b}}B{{/b}}\n{{/p}}", "p": "p: {{$b}}default{{/b}}"],
    ]

    @Test(arguments: cases)
    func rendersAsSwiftMustache(_ templates: [String: String]) throws {
        _ = HTMLEscaping.registered
        let (compiled, reference) = try Self.renderBoth(templates)
        #expect(compiled == reference)
        #expect(reference != nil)
    }

    /// Thousands of templates made of random tags, whitespace and sections: every one swift-mustache
    /// parses must compile and render the same; the seed is fixed, so a failure repeats.
    @Test func generatedTemplatesRenderAsSwiftMustache() throws {
        var generator = TemplateGenerator(seed: 20261201)
        var compared = 0
        for _ in 0..<4000 {
            // Each includes only those after it, so nothing renders itself without end.
            let templates = ["main": generator.template(depth: 3, including: ["p", "layout"]),
                             "layout": generator.template(depth: 2, including: ["p"]),
                             "p": generator.template(depth: 1, including: [])]
            var library = MustacheLibrary()
            var parsed = true
            for (name, text) in templates {
                guard let template = try? MustacheTemplate(string: text) else { parsed = false; break }
                library.register(template, named: name)
            }
            guard parsed else { continue }
            var compiled: [String: CompiledTemplate] = [:]
            for (name, text) in templates {
                let template = try #require(try? TemplateParser.compile(text), "does not compile: \(text.debugDescription)")
                compiled[name] = template
            }
            let ours = TemplateRendering.render(Self.context, with: "main", in: compiled)
            let theirs = library.render(Self.context.mustacheValue, withTemplate: "main")
            #expect(ours == theirs, "\(templates)")
            if ours != theirs { return }
            compared += 1
        }
        #expect(compared > 1500)
    }

    /// Every page of this repository's site, rendered by the compiled theme and by swift-mustache.
    @Test func theExampleSiteRendersAsWithSwiftMustache() async throws {
        let builder = SiteBuilder(siteDirectory: ThemeTests.templatesFolder.deletingLastPathComponent())
        let inputs = try await builder.readInputs()
        var reference = inputs
        reference.theme = inputs.theme.renderingWithSwiftMustache()
        #expect(inputs.theme.compiled != nil)
        #expect(reference.theme.compiled == nil)
        let compiled = try await builder.build(from: inputs).files
        let expected = try await builder.build(from: reference).files
        #expect(compiled.count == expected.count)
        #expect(compiled.filter { $0.path.hasSuffix(".html") }.count > 10)
        for (ours, theirs) in zip(compiled, expected) {
            #expect(ours.path == theirs.path)
            #expect(ours.contents == theirs.contents, "\(ours.path)")
        }
    }
}

/// Random Mustache text from tags, whitespace and balanced sections, for `generatedTemplatesRenderAsSwiftMustache`.
struct TemplateGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    /// SplitMix64: small, and the same on every machine.
    private mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }

    private mutating func pick(_ choices: [String]) -> String { choices[next(choices.count)] }

    /// A template whose partials and parents are only those `including` names; with none, it has no blocks.
    mutating func template(depth: Int, including partials: Set<String>) -> String {
        var text = ""
        for _ in 0..<next(8) { text += piece(depth: depth, including: partials) }
        return text
    }

    private mutating func piece(depth: Int, including partials: Set<String>) -> String {
        let names = ["title", "count", "names", "items", "yes", "no", "none", "nested", "name", "tags", ".", "text",
                     "nested.title", "child.deep", "missing", "first()", "index()", "uppercased(title)", "zero"]
        let sections = ["yes", "no", "names", "items", "none", "nested", "tags", "title", "missing", "child",
                        "first()", "last()", "reversed(names)", "zero", "text"]
        switch next(depth > 0 ? 14 : 10) {
        case 0: return pick(["a", "b c", "<&>", "{", "}", "中文", "x}}"])
        case 1: return pick(["\n", "\r\n", "  ", "\t", " \n", "\n  ", "\n\t"])
        case 2: return "{{\(pick(names))}}"
        case 3: return pick(["{{{", "{{&", "{{ "]) + pick(names) + pick(["}}}", "}}", " }}"])
        case 4: return pick(["{{! note }}", "{{!\n}}", "  {{! x }}\n"])
        case 5 where partials.contains("p"): return pick(["{{>p}}", "  {{>p}}\n", "\t{{> p }}\n", "{{>*partialName}}"])
        case 6: return pick(["{{=<% %>=}}<% title %><%={{ }}=%>", "{{% CONTENT_TYPE: TEXT }}", "{{% CONTENT_TYPE: HTML }}"])
        case 7 where !partials.isEmpty: return pick(["{{$b}}block{{/b}}", "  {{$c}}\n  c\n  {{/c}}\n"])
        case 8, 9: return pick(["", " ", "  ", "\n"]) + "{{\(pick(names))}}" + pick(["", "\n", " \n"])
        case 10, 11:
            let name = pick(sections)
            let open = pick(["#", "^"])
            let before = pick(["", "  ", "\n", "\n  "])
            let after = pick(["", "\n", "  \n", " "])
            return "\(before){{\(open)\(name)}}\(after)\(template(depth: depth - 1, including: partials))\(before){{/\(name)}}\(after)"
        case 12 where partials.contains("layout"):
            // A block that called a partial or block would (through `{{$b}}`) fill itself without end, in
            // both renderers: it gets none.
            return pick(["", "  "]) + "{{<layout}}" + pick(["", "\n"]) + "{{$b}}" + template(depth: depth - 1, including: []) + "{{/b}}"
                + pick(["", "\n", "\n  text\n"]) + "{{/layout}}" + pick(["", "\n"])
        default:
            return depth > 0 ? template(depth: depth - 1, including: partials) : "z"
        }
    }
}
