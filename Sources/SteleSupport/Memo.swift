import Synchronization

/// A value one build leaves for the next step of the same process (`stele serve`): after an edit,
/// the step takes the value, puts the edit into it, and keeps it again, rather than making it anew
/// from every article (the search index, the corpus's word tables).
public final class Memo<Value: Sendable>: Sendable {
    private let kept = Mutex<Value?>(nil)

    public init() {}

    /// Keeps `value` in place of any kept before; nil keeps nothing.
    package func keep(_ value: Value?) {
        kept.withLock { $0 = value }
    }

    /// The value kept, no longer kept: changed by its only holder, it is changed in place rather than
    /// copied (its tables of every term or word). Kept again with `keep`.
    package func take() -> Value? {
        kept.withLock { kept in
            defer { kept = nil }
            return kept
        }
    }
}
