/// A seeded 64-bit hash of a run of bytes, for the tables a build fills with millions of short keys.
///
/// `Hasher` is SipHash-1-3: built to resist keys chosen to collide, it costs a seeding, a round per 8
/// bytes and a finalisation of four rounds, which for 6 to 12 bytes of a Chinese word was 2.5% of a cold
/// build. A build's keys are its own site's words, not an attacker's, so a multiply-and-rotate per 8
/// bytes with MurmurHash3's 64-bit finaliser is enough: the finaliser spreads every input bit over the
/// low bits a hash table's buckets are chosen by.
enum ByteHash {
    static func hash(_ bytes: UnsafeRawBufferPointer, seed: Int) -> Int {
        var state = UInt64(bitPattern: Int64(seed)) ^ (UInt64(bytes.count) &* 0x9E37_79B9_7F4A_7C15)
        var offset = 0
        while offset + 8 <= bytes.count {
            state = mixed(state, bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset += 8
        }
        if offset < bytes.count {
            var tail: UInt64 = 0
            for index in offset..<bytes.count {
                tail |= UInt64(bytes[index]) << (8 * UInt64(index - offset))
            }
            state = mixed(state, tail)
        }
        return Int(truncatingIfNeeded: finalised(state))
    }

    private static func mixed(_ state: UInt64, _ word: UInt64) -> UInt64 {
        let scrambled = (word &* 0x87C3_7B91_1142_53D5).rotated(by: 31) &* 0x4CF5_AD43_2745_937F
        return (state ^ scrambled).rotated(by: 27) &* 5 &+ 0x52DC_E729
    }

    /// MurmurHash3's `fmix64`: each input bit flips about half of the output bits.
    private static func finalised(_ state: UInt64) -> UInt64 {
        var state = state
        state ^= state >> 33
        state &*= 0xFF51_AFD7_ED55_8CCD
        state ^= state >> 33
        state &*= 0xC4CE_B9FE_1A85_EC53
        state ^= state >> 33
        return state
    }
}

extension UInt64 {
    fileprivate func rotated(by count: UInt64) -> UInt64 {
        (self << count) | (self >> (64 - count))
    }
}
