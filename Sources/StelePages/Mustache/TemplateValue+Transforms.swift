import Mustache

extension TemplateValue {
    /// `name(value)` in a tag, with the transforms and names swift-mustache gives: `lowercased`,
    /// `uppercased`, `capitalized`, `reversed` and `empty` of a string; `plusone`, `minusone`,
    /// `equalzero`, `even` and `odd` of an integer; `first`, `last`, `reversed`, `count`, `empty` and
    /// `sorted` of a list; `count`, `empty`, `enumerated` and `sorted` of a dictionary. Nil for any other.
    func transformed(by name: String) -> TemplateValue? {
        switch self {
        case let .text(text): Self(transformed: text.transform(name))
        case let .int(number): Self(transformed: number.transform(name))
        case let .list(list): list.transformed(by: name)
        case let .dictionary(dictionary): dictionary.transformed(by: name)
        case .double, .bool, .view: nil
        }
    }

    /// What swift-mustache's string and integer transforms answer: a flag, a number or a string.
    private init?(transformed: Any?) {
        switch transformed {
        case let flag as Bool: self = .bool(flag)
        case let number as Int: self = .int(number)
        case let text as String: self = .text(text)
        case let text as Substring: self = .text(String(text))
        default: return nil
        }
    }
}

extension TemplateList {
    fileprivate func transformed(by name: String) -> TemplateValue? {
        switch name {
        case "first": first
        case "last": last
        case "reversed": .list(Array(reversed()))
        case "count": .int(count)
        case "empty": .bool(isEmpty)
        case "sorted": sorted
        default: nil
        }
    }

    /// A list of strings, or of integers, in order; other lists have none (as in swift-mustache, where
    /// only a list of comparable elements sorts).
    private var sorted: TemplateValue? {
        var texts: [String] = []
        var numbers: [Int] = []
        for element in self {
            switch element {
            case let .text(text): texts.append(text)
            case let .int(number): numbers.append(number)
            default: return nil
            }
        }
        guard texts.isEmpty || numbers.isEmpty else { return nil }
        return texts.isEmpty ? .list(numbers.sorted()) : .list(texts.sorted())
    }
}

extension TemplateDictionary {
    /// `enumerated` and `sorted` both list the entries by key: swift-mustache's `enumerated` keeps the
    /// dictionary's own order, which changes from one run to the next, and a build must not.
    fileprivate func transformed(by name: String) -> TemplateValue? {
        switch name {
        case "count": .int(count)
        case "empty": .bool(count == 0)
        case "enumerated", "sorted":
            .list(sortedEntries.map { TemplateEntry(key: $0.key, value: $0.value) })
        default: nil
        }
    }
}

/// One entry of a dictionary listed by `enumerated(…)` or `sorted(…)`: `{{key}}` and `{{value}}`.
struct TemplateEntry: KeyedTemplateView {
    var key: String
    var value: TemplateValue

    enum Key: String, CaseIterable { case key, value }

    func value(for key: Key) -> TemplateValue? {
        switch key {
        case .key: .text(self.key)
        case .value: value
        }
    }
}
