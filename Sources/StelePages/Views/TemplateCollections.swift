/// A list as templates read it: a section over it renders once per element.
///
/// It holds the view's own array and makes each element a `TemplateValue` only when it is read, so
/// answering `pages` copies no array of 20 articles into another.
public struct TemplateList: RandomAccessCollection, Sendable {
    private let elements: any TemplateElements

    public init(_ elements: [some TemplateValueConvertible]) {
        self.elements = elements
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { elements.count }
    public subscript(position: Int) -> TemplateValue { elements.value(at: position) }
}

/// Keys and their values as templates read them (`labels`, `params`): `{{labels.next}}`.
public struct TemplateDictionary: Sendable {
    private let entries: any TemplateEntries

    public init(_ entries: [String: some TemplateValueConvertible]) {
        self.entries = entries
    }

    public subscript(key: String) -> TemplateValue? { entries.value(for: key) }
    public var count: Int { entries.count }
    /// Its entries by key, so that what is made from them is the same on every run (a dictionary's own
    /// order changes from one process to the next, and between equal dictionaries).
    public var sortedEntries: [(key: String, value: TemplateValue)] {
        entries.allKeys.sorted().compactMap { key in entries.value(for: key).map { (key, $0) } }
    }
}

/// An array of values a template can read, whatever their type.
private protocol TemplateElements: Sendable {
    var count: Int { get }
    func value(at index: Int) -> TemplateValue
}

extension Array: TemplateElements where Element: TemplateValueConvertible {
    fileprivate func value(at index: Int) -> TemplateValue { self[index].templateValue }
}

/// A dictionary of values a template can read, whatever their type.
private protocol TemplateEntries: Sendable {
    var count: Int { get }
    var allKeys: [String] { get }
    func value(for key: String) -> TemplateValue?
}

extension Dictionary: TemplateEntries where Key == String, Value: TemplateValueConvertible {
    fileprivate var allKeys: [String] { Array(keys) }
    fileprivate func value(for key: String) -> TemplateValue? { self[key]?.templateValue }
}

// Lists of lists and dictionaries of lists, as a frontmatter value can be.
extension Array: TemplateValueConvertible where Element: TemplateValueConvertible {
    public var templateValue: TemplateValue { .list(TemplateList(self)) }
}

extension Dictionary: TemplateValueConvertible where Key == String, Value: TemplateValueConvertible {
    public var templateValue: TemplateValue { .dictionary(TemplateDictionary(self)) }
}
