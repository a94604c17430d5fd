extension TemplateValue {
    /// The value `name` names inside this one, when it is on the stack or read through with a dot: a
    /// view's or a dictionary's key. Strings, numbers and lists have none, so a look-up climbs past them.
    func child(named name: String) -> TemplateValue? {
        switch self {
        case let .view(view): view.value(named: name)
        case let .dictionary(dictionary): dictionary[name]
        case .text, .int, .double, .bool, .list: nil
        }
    }

    /// The value as `{{name}}` prints it, before escaping, as swift-mustache prints it: a view, list or
    /// dictionary by Swift's description of it (which no template of the default theme asks for), but a
    /// dictionary's keys in order, so that a page prints the same on every run.
    var printed: String {
        switch self {
        case let .text(text): text
        case let .int(number): String(number)
        case let .bool(flag): flag ? "true" : "false"
        case let .double(number): String(describing: number)
        case let .view(view): String(describing: view)
        case .list, .dictionary: described
        }
    }

    /// The value as Swift describes it inside an array or dictionary: strings quoted.
    private var described: String {
        switch self {
        case let .text(text):
            text.debugDescription
        case let .list(list):
            "[" + list.map(\.described).joined(separator: ", ") + "]"
        case let .dictionary(dictionary) where dictionary.count == 0:
            "[:]"
        case let .dictionary(dictionary):
            "[" + dictionary.sortedEntries.map { "\($0.key.debugDescription): \($0.value.described)" }.joined(separator: ", ") + "]"
        case let .view(view):
            String(reflecting: view)
        case .int, .double, .bool:
            printed
        }
    }
}
