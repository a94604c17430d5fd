/// Which term shard holds a term: FNV-1a (32 bits) of its UTF-8 bytes, modulo the shard count.
///
/// A stable hash, not Swift's `Hasher` (seeded per process), so every build puts a term in the same
/// shard, and one that static/search.js computes in a few lines (`Math.imul`) to find the same file.
enum SearchHash {
    static func fnv1a(_ text: String) -> UInt32 {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 {
            hash ^= UInt32(byte)
            hash = hash &* 16_777_619
        }
        return hash
    }

    /// The shard of `term` among `count` shards.
    static func shard(of term: String, count: Int) -> Int {
        Int(fnv1a(term) % UInt32(max(count, 1)))
    }
}
