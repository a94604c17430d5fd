import CICU

extension ICUCall {
    /// The version of the ICU library Stele runs with (`72.1`), for `stele --version`.
    package static var libraryVersion: String {
        var buffer = [CChar](repeating: 0, count: 32)
        stele_icu_version(&buffer, Int32(buffer.count))
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
