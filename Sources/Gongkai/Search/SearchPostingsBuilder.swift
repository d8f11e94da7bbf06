import Synchronization

/// Counts and weights every document's tokens into postings on every core.
///
/// The first pass counts each field's tokens (BM25 needs the average lengths before any weight), mostly without
/// making them (`SearchTokenCount`). The second tokenizes chunks of documents in parallel, weights each document's
/// tokens, and files the postings into buckets by token; the buckets are then grouped by token and encoded in
/// parallel. Tokens stay integers until the end.
struct SearchPostingsBuilder {
    /// Documents tokenized by one task.
    private static let chunkSize = 256
    /// Buckets the postings are grouped into, each sorted and encoded by one task; a power of two.
    private static let bucketCount = 64

    /// One document's weight for one token: the token's number, and the document number and weight packed.
    private struct Entry {
        let token: UInt64
        let posting: UInt32

        init(token: UInt64, document: Int, weight: Int) {
            self.token = token
            self.posting = UInt32(document) << 6 | UInt32(weight)
        }
    }

    /// A token's text, its encoded postings and its FNV-1a hash, which picks its shard.
    struct Postings: Sendable {
        let token: String
        let postings: String
        let hash: UInt32
    }

    let documents: [SearchDocument]
    let options: SearchIndexOptions

    /// The weighting, from every field's length in tokens.
    func weighting() -> (SearchWeighting, lengths: [[Int]]) {
        let lengths = documents.parallelMap { $0.fields.map { SearchTokenizer.count(in: $0.text) } }
        return (SearchWeighting(k1: options.k1, b: options.b, documents: documents, lengths: lengths), lengths)
    }

    /// Every token's postings, in no particular order.
    func postings(weighting: SearchWeighting, lengths: [[Int]]) -> [Postings] {
        let numbers = SearchTokenNumbers()
        let starts = Array(stride(from: 0, to: documents.count, by: Self.chunkSize))
        let chunks = starts.parallelMap { start in
            bucketedEntries(documents: start..<min(start + Self.chunkSize, documents.count),
                            weighting: weighting, lengths: lengths, numbers: numbers)
        }
        return Array(0..<Self.bucketCount).parallelMap { bucket in
            encodedPostings(chunks.map { $0[bucket] }, numbers: numbers)
        }.flatMap { $0 }
    }

    /// The postings of one bucket's tokens, from that bucket's entries in each chunk, encoded.
    ///
    /// Each token's postings go into one flat array as a run, after the runs of the tokens seen before it: a first
    /// pass counts them, a second places them. Chunks are in document order and so is each chunk's bucket, so every
    /// run comes out in order.
    private func encodedPostings(_ chunks: [[Entry]], numbers: SearchTokenNumbers) -> [Postings] {
        var runs = SearchTokenTable<Int>(filler: 0)
        var counts: [Int] = []
        for entry in chunks.joined() {
            let (slot, added) = runs.slot(of: entry.token, adding: counts.count)
            if added { counts.append(1) } else { counts[runs[slot]] += 1 }
        }
        var starts: [Int] = []
        starts.reserveCapacity(counts.count)
        var total = 0
        for count in counts {
            starts.append(total)
            total += count
        }
        var ends = starts
        var postings = [UInt32](repeating: 0, count: total)
        for entry in chunks.joined() {
            let run = runs.value(of: entry.token)!
            postings[ends[run]] = entry.posting
            ends[run] += 1
        }
        var encoded: [Postings] = []
        encoded.reserveCapacity(runs.count)
        runs.forEach { token, run in
            let text = numbers.text(of: token)
            let list = SearchPostingsEncoding.encode(
                postings[starts[run]..<ends[run]].lazy.map { (document: Int($0 >> 6), weight: Int($0 & 63)) },
                documentCount: documents.count)
            encoded.append(Postings(token: text, postings: list, hash: SearchFNV.hash(text)))
        }
        return encoded
    }

    /// The weighted entries of `range`'s documents, filed by bucket, each bucket in document order.
    private func bucketedEntries(
        documents range: Range<Int>, weighting: SearchWeighting, lengths: [[Int]], numbers: SearchTokenNumbers
    ) -> [[Entry]] {
        var buckets = Array(repeating: [Entry](), count: Self.bucketCount)
        var pseudoFrequencies = SearchTokenTally()
        for number in range {
            pseudoFrequencies.removeAll()
            for (field, length) in zip(documents[number].fields, lengths[number]) where length > 0 {
                let share = field.weight / weighting.lengthNormalisation(of: field, length: length)
                SearchTokenizer.forEachToken(in: field.text) { pseudoFrequencies.add(share, to: numbers.number(of: $0)) }
            }
            pseudoFrequencies.forEach { token, pseudoFrequency in
                let entry = Entry(token: token, document: number, weight: weighting.quantised(pseudoFrequency))
                buckets[Self.bucket(of: token)].append(entry)
            }
        }
        return buckets
    }

    /// A token's bucket, from middle bits of a multiplicative hash: `SearchTokenTable` takes its slots from the
    /// high bits, which within one bucket must still differ.
    private static func bucket(of token: UInt64) -> Int {
        Int(truncatingIfNeeded: (token &* 0x9E37_79B9_7F4A_7C15) >> 32) & (bucketCount - 1)
    }
}

/// Numbers the tokens of an index as integers: packed tokens are their own number, others get one on first sight.
final class SearchTokenNumbers: Sendable {
    /// Marks a number given to a token that does not pack; packed tokens never have both top bits set.
    private static let tag: UInt64 = 3 << 62
    private let table = Mutex<(numbers: [String: UInt64], texts: [String])>(([:], []))

    /// The token's number.
    func number(of token: SearchToken) -> UInt64 {
        switch token {
        case .packed(let packed):
            return packed
        case .text(let text):
            return table.withLock { table in
                if let number = table.numbers[text] { return number }
                let number = Self.tag | UInt64(table.texts.count)
                table.numbers[text] = number
                table.texts.append(text)
                return number
            }
        }
    }

    /// The text of the token numbered `number`.
    func text(of number: UInt64) -> String {
        guard number & Self.tag == Self.tag else { return SearchToken.packed(number).text }
        return table.withLock { $0.texts[Int(number & ~Self.tag)] }
    }
}
