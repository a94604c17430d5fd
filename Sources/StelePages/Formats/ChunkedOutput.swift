/// The bytes of a large file as it is written (stats.json, timeline.json, feed.xml): gathered in a small array
/// and handed on a chunk at a time, to a `Data` or straight to the file (`StreamedFile`). Appending
/// each of a large stats.json's millions of small pieces to a `Data` itself cost more than making them.
struct ChunkedOutput {
    private var chunk: [UInt8] = []
    private let consume: (UnsafeRawBufferPointer) -> Void
    private static let chunkSize = 1 << 16

    init(consume: @escaping (UnsafeRawBufferPointer) -> Void) {
        self.consume = consume
        chunk.reserveCapacity(Self.chunkSize)
    }

    static func += (output: inout ChunkedOutput, text: String) {
        output.chunk.append(contentsOf: text.utf8)
        if output.chunk.count >= chunkSize { output.flush() }
    }

    /// `JSONText.quote(text)`, its bytes copied straight into the chunk when nothing in it is escaped:
    /// stats.json quotes some five million keys and strings.
    mutating func appendQuoted(_ text: String) {
        var text = text
        let isPlain = text.withUTF8 { bytes in
            guard JSONText.isPlain(bytes) else { return false }
            chunk.append(UInt8(ascii: "\""))
            chunk.append(contentsOf: bytes)
            chunk.append(UInt8(ascii: "\""))
            return true
        }
        guard isPlain else { return self += JSONText.quotedScalarByScalar(text) }
        if chunk.count >= Self.chunkSize { flush() }
    }

    /// `String(value)`'s digits, without making the string.
    mutating func append(_ value: Int) {
        chunk.appendDecimal(value)
        if chunk.count >= Self.chunkSize { flush() }
    }

    /// What `body` writes, handed to `consume` a chunk at a time, the last one when `body` returns.
    static func write(to consume: (UnsafeRawBufferPointer) -> Void, _ body: (inout ChunkedOutput) -> Void) {
        withoutActuallyEscaping(consume) { consume in
            var output = ChunkedOutput(consume: consume)
            body(&output)
            output.flush()
        }
    }

    /// Hands on what is gathered.
    private mutating func flush() {
        guard !chunk.isEmpty else { return }
        chunk.withUnsafeBytes(consume)
        chunk.removeAll(keepingCapacity: true)
    }
}
