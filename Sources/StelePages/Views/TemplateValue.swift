/// A value a template reads: what a view answers for one of its keys.
///
/// Views give their values typed, so the renderer tells a flag from a list or a view by its case. When
/// they gave `Any`, every value was cast to a string, a flag, a list and a view in turn, each cast a
/// run-time protocol look-up: most of rendering's time (docs/performance.md).
public enum TemplateValue: Sendable {
    case text(String)
    case int(Int)
    case double(Double)
    case bool(Bool)
    /// Another view, whose keys are read with dots (`page.title`) or inside its section.
    case view(any TemplateView)
    case list(TemplateList)
    /// Keys of the site's or the page kind's own choosing: labels, params.
    case dictionary(TemplateDictionary)
}

// The cases for an optional property, so that a view writes `.text(subtitle)` for a `String?` as for a
// `String`: nil when it is absent, which `{{#page.subtitle}}` skips and a look-up climbs past.
extension TemplateValue {
    public static func text(_ text: String?) -> TemplateValue? { text.map(TemplateValue.text) }
    public static func int(_ number: Int?) -> TemplateValue? { number.map(TemplateValue.int) }
    public static func view(_ view: (any TemplateView)?) -> TemplateValue? { view.map(TemplateValue.view) }

    public static func list(_ elements: [some TemplateValueConvertible]) -> TemplateValue {
        .list(TemplateList(elements))
    }

    public static func dictionary(_ entries: [String: some TemplateValueConvertible]) -> TemplateValue {
        .dictionary(TemplateDictionary(entries))
    }
}

/// A type whose values templates read as one `TemplateValue`: what lists and dictionaries hold.
public protocol TemplateValueConvertible: Sendable {
    var templateValue: TemplateValue { get }
}

extension TemplateValue: TemplateValueConvertible {
    public var templateValue: TemplateValue { self }
}

extension String: TemplateValueConvertible {
    public var templateValue: TemplateValue { .text(self) }
}

extension Int: TemplateValueConvertible {
    public var templateValue: TemplateValue { .int(self) }
}

extension Double: TemplateValueConvertible {
    public var templateValue: TemplateValue { .double(self) }
}

extension Bool: TemplateValueConvertible {
    public var templateValue: TemplateValue { .bool(self) }
}
