import Dispatch
import Synchronization

extension Collection where Element: Sendable {
    /// `transform` over the elements on all cores, from synchronous code; results in the order of the
    /// elements. For work that is itself one step of a task (`concurrentMap` spreads the tasks): the
    /// pass over one very long article, which would otherwise hold a single core while the others wait
    /// for it. The caller's thread takes part; Dispatch gives out the elements one at a time, so put
    /// the longest first.
    public func parallelMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        let items = Array(self)
        guard items.count > 1 else { return items.map(transform) }
        let results = Mutex([Result?](repeating: nil, count: items.count))
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            let result = transform(items[index])
            results.withLock { $0[index] = result }
        }
        return results.withLock { $0.map { $0! } }
    }
}
