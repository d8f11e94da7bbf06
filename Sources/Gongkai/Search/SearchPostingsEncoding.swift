/// Writes postings as the compact strings of docs/search.md §2.3: gap-encoded or dense, one weight per document.
enum SearchPostingsEncoding {
    /// The 64 characters; a digit's or weight's value is its index.
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".unicodeScalars)

    /// The highest weight a posting can carry.
    static let maxWeight = 63

    /// Marks the dense form, which has one weight character per document (`A` where absent).
    static let denseMark: Unicode.Scalar = "="

    /// The shorter postings string of `(document, weight)` pairs in increasing document order, weights 1…63,
    /// for an index of `documentCount` documents: the gap form, or the dense form when the token is in about
    /// half the documents or more.
    static func encode(_ postings: [(document: Int, weight: Int)], documentCount: Int) -> String {
        var sparse = String.UnicodeScalarView()
        var previous = -1
        for posting in postings {
            precondition(posting.document > previous && (1...maxWeight).contains(posting.weight))
            appendNumber(posting.document - previous - 1, to: &sparse)
            sparse.append(alphabet[posting.weight])
            previous = posting.document
        }
        guard sparse.count > documentCount + 1 else { return String(sparse) }
        var dense = Array(repeating: alphabet[0], count: documentCount)
        for posting in postings { dense[posting.document] = alphabet[posting.weight] }
        return String(denseMark) + String(String.UnicodeScalarView(dense))
    }

    /// Appends `value` in base 32, most significant digit first; all digits but the last from the upper half.
    private static func appendNumber(_ value: Int, to out: inout String.UnicodeScalarView) {
        var digits = [value % 32]
        var rest = value / 32
        while rest > 0 {
            digits.append(32 + rest % 32)
            rest /= 32
        }
        for digit in digits.reversed() { out.append(alphabet[digit]) }
    }
}
