import SteleContent

extension FrontmatterValue: TemplateValueConvertible {
    /// The value as templates read it: `{{page.params.series}}`, `{{#site.params.links}}…{{/site.params.links}}`.
    /// A YAML null prints as nothing but is there; of a key written twice in a map, the last one counts.
    public var templateValue: TemplateValue {
        switch self {
        case let .string(string): .text(string)
        case let .int(int): .int(int)
        case let .double(double): .double(double)
        case let .bool(bool): .bool(bool)
        case let .list(list): .list(list)
        case let .map(pairs): .dictionary(Dictionary(pairs.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 }))
        case .null: .text("")
        }
    }
}
