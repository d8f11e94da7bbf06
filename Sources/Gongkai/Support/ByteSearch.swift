/// Literal searches over UTF-8 bytes.
///
/// Foundation's `range(of:)` compares by canonical equivalence, and the standard library's generic
/// `firstRange(of:)` runs unspecialised through metadata lookups; both cost more than the work around them where
/// a page or an indicator is searched for a fixed string.
enum ByteSearch {
    /// The offset of the first `needle` in `bytes` at or after `start`; nil when there is none.
    static func firstOffset(of needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let first = needle.first, needle.count <= bytes.count else { return nil }
        var offset = start
        let last = bytes.count - needle.count
        while offset <= last {
            if bytes[offset] == first, needle.indices.allSatisfy({ bytes[offset + $0] == needle[$0] }) { return offset }
            offset += 1
        }
        return nil
    }

    /// Whether `text` holds `needle`.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        let needle = Array(needle.utf8)
        return text.withUTF8 { firstOffset(of: needle, in: $0) != nil }
    }
}
