import Foundation
import Hummingbird
import SteleSupport

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

    /// A digest of the bytes (SHA-256, in hex): only "did these bytes change", and stable across runs.
    /// Byte by byte, FNV-1a took a twentieth of a rebuild of 1,000 articles; SHA-256 runs on the CPU's
    /// own instructions.
    static func hash(_ bytes: Data) -> String {
        var digest = ContentDigest()
        digest.update(bytes)
        return digest.finalize()
    }
}
