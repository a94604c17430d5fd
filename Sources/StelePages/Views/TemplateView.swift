import SteleContent

/// A value a template reads: a struct whose stored properties are the keys the template uses, so a
/// misspelt key is a compile error in Swift and a failing test in the template (see ThemeKeyTests).
///
/// The renderer flattens a view into dictionaries and arrays once, before Mustache walks it; nil
/// properties are left out, so `{{#page.subtitle}}` skips a page without one.
public protocol TemplateView: Sendable {
    /// The view as Mustache reads it; by default every stored property under its own name.
    /// With `schema`, nil properties are kept as `TemplateFlattener.Absent`, so that a test can see
    /// every key a view has, set or not.
    func templateFields(schema: Bool) -> [String: Any]
}

extension TemplateView {
    public func templateFields(schema: Bool) -> [String: Any] { TemplateFlattener.fields(of: self, schema: schema) }

    /// The view as Mustache reads it.
    public var templateFields: [String: Any] { templateFields(schema: false) }
}

/// Turns views into the plain dictionaries, arrays, strings, numbers and booleans Mustache reads.
public enum TemplateFlattener {
    /// What a nil property flattens to in a schema: the key is there, its value is not.
    public struct Absent {}

    /// Every stored property of `value` under its name, nil ones left out (or `Absent` in a schema).
    public static func fields(of value: Any, schema: Bool) -> [String: Any] {
        var fields: [String: Any] = [:]
        for child in Mirror(reflecting: value).children {
            guard let label = child.label else { continue }
            fields[label] = flatten(child.value, schema: schema) ?? (schema ? Absent() : nil)
        }
        return fields
    }

    /// `value` as Mustache should see it; nil for an absent optional.
    static func flatten(_ value: Any, schema: Bool) -> Any? {
        switch value {
        case let string as String: return string
        case let bool as Bool: return bool
        case let int as Int: return int
        case let double as Double: return double
        case let view as any TemplateView: return view.templateFields(schema: schema)
        case let labels as [String: String]: return labels
        case let params as [String: FrontmatterValue]: return params.mapValues(\.templateValue)
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { flatten($0.value, schema: schema) }
        case .collection:
            return mirror.children.compactMap { flatten($0.value, schema: schema) }
        default:
            return fields(of: value, schema: schema)
        }
    }
}
