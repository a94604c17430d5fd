/// A large value that never changes, held by reference: copying what holds it retains one object,
/// not each of the value's buffers.
///
/// A segmenter's dictionary and models are some fifteen arrays and tables. The analysis copies the
/// segmenter and the scanners' tables for each paragraph, on every core at once; each copy retained
/// and released every buffer, and the counts of the same buffers bounced from core to core (about 1%
/// of a cold build). Change the value by making a new `Shared`.
public final class Shared<Value: Sendable>: Sendable {
    public let value: Value

    public init(_ value: Value) {
        self.value = value
    }
}
