import Crypto
import Foundation

/// A SHA-256 of a build's inputs, fed piece by piece: what the build cache names things by when the
/// inputs themselves are too large to keep beside them (a whole site's content, a page's view).
///
/// Each piece is fed with its length first, so `("ab", "c")` and `("a", "bc")` differ.
public struct ContentDigest: Sendable {
    private var hasher = SHA256()

    public init() {}

    public mutating func update(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            update(count: bytes.count)
            hasher.update(bufferPointer: UnsafeRawBufferPointer(bytes))
        }
    }

    public mutating func update(_ data: Data) {
        update(count: data.count)
        hasher.update(data: data)
    }

    public mutating func update(_ number: Int) {
        withUnsafeBytes(of: Int64(number).littleEndian) { hasher.update(bufferPointer: $0) }
    }

    /// By its bits: `0.0` and `-0.0` differ, as they may print differently.
    public mutating func update(_ number: Double) {
        update(Int(Int64(bitPattern: number.bitPattern)))
    }

    public mutating func update(_ flag: Bool) {
        update(flag ? 1 : 0)
    }

    private mutating func update(count: Int) {
        withUnsafeBytes(of: UInt64(count).littleEndian) { hasher.update(bufferPointer: $0) }
    }

    /// The digest in lowercase hexadecimal (64 characters).
    public func finalize() -> String {
        hasher.finalize().map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
