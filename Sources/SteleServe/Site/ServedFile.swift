import Foundation
import Hummingbird

/// One file as the server sends it: its bytes (HTML already carrying the live-reload script), an ETag
/// and a Content-Type, all computed once per build rather than per request.
struct ServedFile: Sendable {
    let body: ByteBuffer
    /// A strong validator: the hash of exactly these bytes, quoted as ETag requires.
    let etag: String
    let contentType: String

    init(bytes: Data, contentType: String) {
        self.body = ByteBuffer(bytes: bytes)
        self.etag = "\"\(Self.hash(bytes))\""
        self.contentType = contentType
    }

    /// FNV-1a, 64 bits, in hex: not a security hash, only "did these bytes change", and stable across runs.
    static func hash(_ bytes: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
