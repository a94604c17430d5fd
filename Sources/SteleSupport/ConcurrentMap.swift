import Foundation

/// The one way Stele spreads work over the cores: a task group that keeps at most one task per core
/// running, so a build of 10,000 pages neither oversubscribes the machine nor blocks a cooperative thread.
extension Collection where Element: Sendable {
    /// `transform` over the elements, at most `limit` at a time; results in the order of the elements.
    public func concurrentMap<Result: Sendable>(
        limit: Int = ConcurrencyLimit.cores,
        _ transform: @escaping @Sendable (Element) async -> Result
    ) async -> [Result] {
        let items = Array(self)
        guard items.count > 1 else { return await items.asyncMap(transform) }
        return await withTaskGroup(of: (Int, Result).self) { group in
            var results = [Result?](repeating: nil, count: items.count)
            var next = 0
            func addTask() {
                let index = next, item = items[index]
                group.addTask { (index, await transform(item)) }
                next += 1
            }
            while next < Swift.min(Swift.max(limit, 1), items.count) { addTask() }
            while let (index, result) = await group.next() {
                results[index] = result
                if next < items.count { addTask() }
            }
            return results.map { $0! }
        }
    }

    private func asyncMap<Result>(_ transform: (Element) async -> Result) async -> [Result] {
        var results: [Result] = []
        for item in self { results.append(await transform(item)) }
        return results
    }
}

/// How many tasks `concurrentMap` runs at once by default.
public enum ConcurrencyLimit {
    /// The cores this process may use.
    public static let cores = Swift.max(1, ProcessInfo.processInfo.activeProcessorCount)
}
