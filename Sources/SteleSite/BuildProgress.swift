import Synchronization

/// How far a running build has come, for a progress line: the stage and, where it goes article by
/// article, how many are done of how many. The build updates it from many tasks; a reporter reads it.
public final class BuildProgress: Sendable {
    public struct Snapshot: Sendable, Equatable {
        /// What the build is doing: `reading`, `rendering`, `analysing`, `writing pages`.
        public var stage: String
        public var done: Int
        /// 0 when the stage is not counted by article.
        public var total: Int
    }

    private let state = Mutex(Snapshot(stage: "starting", done: 0, total: 0))

    public init() {}

    public var snapshot: Snapshot { state.withLock { $0 } }

    func begin(_ stage: String, total: Int = 0) {
        state.withLock { $0 = Snapshot(stage: stage, done: 0, total: total) }
    }

    func advance() {
        state.withLock { $0.done += 1 }
    }
}
