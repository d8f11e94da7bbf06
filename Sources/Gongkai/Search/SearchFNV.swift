/// The 32-bit FNV-1a hash, which picks a token's postings shard and names a build of the index.
enum SearchFNV {
    /// The hash's starting value, its offset basis.
    static let offsetBasis: UInt32 = 2_166_136_261

    /// The hash of a token's UTF-8 bytes.
    static func hash(_ token: String) -> UInt32 {
        hash(token.utf8)
    }

    /// The hash of `bytes`, continuing from `seed` so that several pieces hash as one.
    static func hash<Bytes: Sequence<UInt8>>(_ bytes: Bytes, seed: UInt32 = offsetBasis) -> UInt32 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt32(byte)
            hash &*= 16_777_619
        }
        return hash
    }
}
