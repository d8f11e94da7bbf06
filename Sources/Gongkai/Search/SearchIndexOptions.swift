/// The tuning of the search index; the defaults suit a few to tens of thousands of documents.
public struct SearchIndexOptions: Sendable, Equatable {
    /// BM25 term-frequency saturation.
    public var k1: Double = 1.2
    /// BM25 length normalisation.
    public var b: Double = 0.75
    /// The inline postings a shard should hold; the shard count is the power of two that gets closest above.
    public var shardBytes: Int = 8 * 1024
    /// A postings string longer than this moves to a file of its own under `p/x/`.
    public var externalPostingsBytes: Int = 1024
    /// The rows, display values and text, a `t/` chunk should hold.
    public var chunkBytes: Int = 4 * 1024
    /// The most documents in one `t/` chunk.
    public var maxChunkDocuments: Int = 128

    public init() {}
}
