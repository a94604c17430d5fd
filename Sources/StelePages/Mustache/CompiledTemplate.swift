/// A Mustache template parsed once into parts that render without parsing anything again: names are cut
/// at their dots, partials and blocks are found by name, and nothing is looked up in the template's text.
///
/// It reads the dialect swift-mustache reads (sections, inverted sections, partials, inheritance with
/// `{{<parent}}` and `{{$block}}`, transforms, set delimiters, content types), with the same whitespace
/// rules, and renders to the same bytes: `TemplateCompilerTests` holds the two side by side. swift-mustache
/// still parses every template first, for its errors; this is how Stele renders (docs/performance.md).
struct CompiledTemplate: Sendable {
    var parts: [TemplatePart]
}

/// One piece of a compiled template.
indirect enum TemplatePart: Sendable {
    case text(String)
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
    case value(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when `inverted`.
    case section(TemplateName, CompiledTemplate, inverted: Bool)
    /// `{{$name}}default{{/name}}` where a template names a block that a child may fill.
    case block(name: String, default: CompiledTemplate, indentation: String)
    /// `{{>name}}`, `{{>*name}}`, or `{{<name}}…{{/name}}` filling the partial's blocks.
    case partial(PartialName, indentation: String?, blocks: [String: CompiledTemplate]?)
    /// `{{$name}}…{{/name}}` inside `{{<parent}}`: taken out into the partial's `blocks`, never rendered.
    case blockDefinition(name: String, CompiledTemplate)
    /// `{{% CONTENT_TYPE: … }}`: how the values after it are escaped.
    case escaping(TemplateEscaping)
}

/// Which partial a `{{>…}}` tag renders.
enum PartialName: Sendable {
    case fixed(String)
    /// `{{>*name}}`: the partial named by the value `name`.
    case dynamic(TemplateName)
}

/// A name as a tag writes it, cut once at its dots.
struct TemplateName: Sendable, Equatable {
    enum Start: Sendable, Equatable {
        /// `name.more`: the first piece is looked for from the innermost section outwards.
        case stack
        /// `.name`: only in the innermost section.
        case innermost
        /// `{{first()}}`: the position in the list being rendered.
        case sequencePosition
    }

    var start: Start
    /// The pieces between dots; empty for `{{.}}`.
    var path: [String]
    /// The name up to each dot, `page` and `page.params` for `page.params.series`: what the values read
    /// on the way are kept by while a page renders.
    var prefixes: [String]
    /// `upper(lower(name))` as `["upper", "lower"]`: applied from the last.
    var transforms: [String]

    init(_ name: String, transforms: [String]) {
        self.transforms = transforms
        if name.isEmpty, !transforms.isEmpty {
            start = .sequencePosition
            path = []
        } else {
            start = name.first == "." ? .innermost : .stack
            path = name.split(separator: ".").map(String.init)
        }
        let pieces = path
        prefixes = pieces.indices.dropLast().map { pieces[...$0].joined(separator: ".") }
    }
}

/// How values are escaped, as a template's `{{% CONTENT_TYPE: … }}` says.
enum TemplateEscaping: Sendable, Equatable {
    /// swift-mustache's `HTML`, which templates and partials start with: the five characters by `Character`.
    case htmlByCharacter
    /// `HTMLEscaping`'s, which `Theme` starts every template with: the same five, by byte.
    case htmlByByte
    /// `TEXT`: as they are.
    case none

    func escape(_ text: String) -> String {
        switch self {
        case .htmlByByte: HTMLText.escape(text)
        case .htmlByCharacter: Self.escapeByCharacter(text)
        case .none: text
        }
    }

    /// As swift-mustache's `HTML` escapes: a `<` that a combining mark joins is a different `Character`
    /// and stays as it is.
    private static func escapeByCharacter(_ text: String) -> String {
        var escaped = ""
        escaped.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "&": escaped += "&amp;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&#39;"
            default: escaped.append(character)
            }
        }
        return escaped
    }
}
