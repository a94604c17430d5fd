extension Sequence {
    /// The first `count` elements of `sorted(by: areInIncreasingOrder)`, equal ones in the same order,
    /// found in one pass: each element is compared with the last one kept, and only those before it
    /// are put in place. The statistics list the longest 50 of 10,000 articles and the commonest 100
    /// of 100,000 words; sorting them all took most of `stele serve`'s step after an edit.
    public func sortedPrefix(_ count: Int, by areInIncreasingOrder: (Element, Element) throws -> Bool) rethrows
        -> [Element]
    {
        guard count > 0 else { return [] }
        var kept: [Element] = []
        kept.reserveCapacity(count + 1)
        for element in self {
            if kept.count == count, try !areInIncreasingOrder(element, kept[count - 1]) { continue }
            // After every kept element it is not before: equal elements stay in the order they came.
            var low = 0, high = kept.count
            while low < high {
                let middle = (low + high) / 2
                if try areInIncreasingOrder(element, kept[middle]) { high = middle } else { low = middle + 1 }
            }
            kept.insert(element, at: low)
            if kept.count > count { kept.removeLast() }
        }
        return kept
    }
}
