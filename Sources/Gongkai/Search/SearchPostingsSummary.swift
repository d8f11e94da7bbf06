/// What an index's postings files are made from, what meta.json says of them, and each file's digest: enough for the
/// next build to keep the files rather than compute them again.
///
/// Postings depend only on the documents' order, their fields' names, weights and text, and the options, not on the
/// values a result shows beside its title. A change that leaves every field as it was, such as an indicator's score,
/// therefore leaves every postings file as it was; the record's own score is in its figures field, and changes them.
public struct SearchPostingsSummary: Codable, Sendable, Equatable {
    /// Names everything the postings are computed from; equal keys mean equal files.
    public var key: String
    /// The number of `p/` shards.
    public var shardCount: Int
    /// Each field's mean length over the documents where it has tokens, as BM25F used it.
    public var averageLengths: [String: Double]
    /// The SHA-256 of each `p/` and `p/x/` file before gzip, by its path without `.gz`.
    public var digests: [String: String]

    /// The key of the postings of `documents`, given in index order, under `options`.
    static func key(_ documents: [SearchDocument], options: SearchIndexOptions) -> String {
        let fieldDigests = documents.parallelMap { document in
            Digest.hex(ofTexts: document.fields.lazy.flatMap { [$0.name, String($0.weight), $0.text] })
        }
        let tuning = "k1 \(options.k1) b \(options.b) shard \(options.shardBytes) external \(options.externalPostingsBytes)"
        return Digest.combine(["search postings, format \(SearchIndexWriter.formatVersion)", tuning] + fieldDigests)
    }
}
