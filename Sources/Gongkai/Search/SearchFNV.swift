/// The 32-bit FNV-1a hash, which picks a token's postings shard.
enum SearchFNV {
    /// The hash's starting value, its offset basis.
    private static let offsetBasis: UInt32 = 2_166_136_261

    /// The hash of a token's UTF-8 bytes.
    static func hash(_ token: String) -> UInt32 {
        hash(token.utf8)
    }

    private static func hash(_ bytes: String.UTF8View) -> UInt32 {
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt32(byte)
            hash &*= 16_777_619
        }
        return hash
    }
}
