import Foundation

/// A file of a built site whose bytes are made as they are written, a chunk at a time: a build that
/// writes into its staging folder never holds the whole file. stats.json is 88 MB at 10,000 articles
/// and grows with every figure the corpus cites.
public struct StreamedFile: Sendable {
    public var path: String
    /// Hands the file's bytes to `consume`, in order, a chunk at a time.
    public var write: @Sendable (_ consume: (UnsafeRawBufferPointer) -> Void) -> Void

    public init(path: String, write: @escaping @Sendable (_ consume: (UnsafeRawBufferPointer) -> Void) -> Void) {
        self.path = path
        self.write = write
    }

    /// The whole file in memory, for a build that keeps its files (the preview server, `--strict`).
    public var file: OutputFile {
        var data = Data()
        write { data.append($0.bindMemory(to: UInt8.self)) }
        return OutputFile(path: path, contents: data)
    }
}
