/// Writes postings as the compact strings of docs/search.md §2.3: gap-encoded or dense, one weight per document.
enum SearchPostingsEncoding {
    /// The 64 characters; a digit's or weight's value is its index.
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".unicodeScalars)

    /// The alphabet as the bytes of its characters.
    private static let alphabetBytes = alphabet.map { UInt8($0.value) }

    /// The highest weight a posting can carry.
    static let maxWeight = 63

    /// Marks the dense form, which has one weight character per document (`A` where absent).
    static let denseMark: Unicode.Scalar = "="

    /// The shorter postings string of `(document, weight)` pairs in increasing document order, weights 1…63,
    /// for an index of `documentCount` documents: the gap form, or the dense form when the token is in about
    /// half the documents or more.
    static func encode<Postings: Collection<(document: Int, weight: Int)>>(
        _ postings: Postings, documentCount: Int
    ) -> String {
        var sparse: [UInt8] = []
        sparse.reserveCapacity(postings.count * 3)
        var previous = -1
        for posting in postings {
            precondition(posting.document > previous && (1...maxWeight).contains(posting.weight))
            appendNumber(posting.document - previous - 1, to: &sparse)
            sparse.append(alphabetBytes[posting.weight])
            previous = posting.document
        }
        guard sparse.count > documentCount + 1 else { return String(decoding: sparse, as: UTF8.self) }
        var dense = Array(repeating: alphabetBytes[0], count: documentCount + 1)
        dense[0] = UInt8(denseMark.value)
        for posting in postings { dense[posting.document + 1] = alphabetBytes[posting.weight] }
        return String(decoding: dense, as: UTF8.self)
    }

    /// Appends `value` in base 32, most significant digit first; all digits but the last from the upper half.
    private static func appendNumber(_ value: Int, to out: inout [UInt8]) {
        var shift = 0
        while value >> (shift + 5) > 0 { shift += 5 }
        while shift > 0 {
            out.append(alphabetBytes[32 + (value >> shift) % 32])
            shift -= 5
        }
        out.append(alphabetBytes[value % 32])
    }
}
