extension TemplateValue {
    /// The value as swift-mustache reads it (strings, numbers, flags, views, arrays and dictionaries as
    /// `Any`), so that it can render the same views side by side with Stele's renderer.
    var mustacheValue: Any {
        switch self {
        case let .text(text): text
        case let .int(number): number
        case let .double(number): number
        case let .bool(flag): flag
        case let .view(view): view
        case let .list(list): Self.mustacheArray(list)
        case let .dictionary(dictionary):
            Dictionary(uniqueKeysWithValues: dictionary.sortedEntries.map { ($0.key, $0.value.mustacheValue) }) as [String: Any]
        }
    }

    /// A list of strings or of integers as an array of them, which swift-mustache can sort; others as `[Any]`.
    private static func mustacheArray(_ list: TemplateList) -> Any {
        let texts = list.compactMap { if case let .text(text) = $0 { text } else { nil } }
        if texts.count == list.count { return texts }
        let numbers = list.compactMap { if case let .int(number) = $0 { number } else { nil } }
        if numbers.count == list.count { return numbers }
        return list.map(\.mustacheValue)
    }
}
