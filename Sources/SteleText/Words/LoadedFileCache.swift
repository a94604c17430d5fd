import Foundation
import SteleSupport

/// Values parsed from large files (jieba's dict.txt, idf.txt), kept for the life of the process so that
/// rebuilds (`stele serve`) and the many builds of a test run parse each file once.
///
/// Entries are keyed by path, size and modification time, so an edited file is read again.
package final class LoadedFileCache<Value: Sendable>: @unchecked Sendable {
    package init() {}

    private struct Key: Hashable {
        var path: String
        var size: Int
        var modified: Date?
    }

    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// The value parsed from `path`, parsing it with `load` the first time (or after the file changed).
    package func value<Failure: Error>(for path: String, load: (String) throws(Failure) -> Value) throws(Failure) -> Value {
        let attributes = try? FileManager.default.attributesOfItem(atPath: path)
        let key = Key(path: path, size: (attributes?[.size] as? Int) ?? -1,
                      modified: attributes?[.modificationDate] as? Date)
        // Held while parsing: concurrent builds wait for one parse instead of each doing it.
        lock.lock()
        defer { lock.unlock() }
        if let value = values[key] { return value }
        let value = try load(path)
        values = values.filter { $0.key.path != path }
        values[key] = value
        return value
    }

    /// Lets every value go: the next `value(for:load:)` parses its file again.
    package func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        values = [:]
    }
}

extension LoadedFileCache {
    /// The value parsed from the bytes of the file at `path`, read and parsed once per process.
    package func value(readingFileAt path: String,
                       parse: (Data) throws(WordDataError) -> Value) throws(WordDataError) -> Value {
        try value(for: path) { path throws(WordDataError) in try parse(Self.read(path)) }
    }

    /// The bytes of the file at `path`; a file that cannot be read is an error naming it.
    package static func read(_ path: String) throws(WordDataError) -> Data {
        do {
            return try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadable(SourceLocation(file: path), reason: error.localizedDescription)
        }
    }
}
