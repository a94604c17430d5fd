import Foundation
import SteleSupport

/// Reads files that must be UTF-8 (content, templates, configuration) with errors that name them.
package enum TextFile {
    package static func read(_ url: URL, displayName: String) throws(ContentError) -> String {
        try read(path: url.path, displayName: displayName)
    }

    package static func read(path: String, displayName: String) throws(ContentError) -> String {
        let data: Data
        do {
            data = try RegularFile.read(atPath: path)
        } catch {
            throw .unreadable(SourceLocation(file: displayName), reason: FileSystemError.reason(for: error))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw .invalidUTF8(SourceLocation(file: displayName, line: firstInvalidLine(in: data)))
        }
        // A NUL is valid UTF-8 but never text: libcmark would end the page there without a word.
        // Searched in the raw bytes: `Data`'s own index walk took a quarter of loading a page.
        if let nul = data.withUnsafeBytes({ $0.firstIndex(of: 0) }) {
            let line = data.prefix(nul).reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            throw .binary(SourceLocation(file: displayName, line: line))
        }
        return text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    }

    /// The line holding the first byte sequence that is not UTF-8, so the user can find it.
    static func firstInvalidLine(in data: Data) -> Int {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == UInt8(ascii: "\n") {
            if String(validating: data[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = index + 1
        }
        return line
    }
}
