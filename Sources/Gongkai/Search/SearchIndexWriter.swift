import Foundation

/// Writes the static search index of docs/search.md for a set of documents, without touching disk.
public struct SearchIndexWriter: Sendable {
    /// The format version in meta.json; bump it when a file's layout changes.
    public static let formatVersion = 3

    /// How the index is tuned.
    public var options: SearchIndexOptions

    public init(options: SearchIndexOptions = SearchIndexOptions()) {
        self.options = options
    }

    /// The index files for `documents` as the site publishes them, sorted by path; the same documents give the same bytes.
    public func write(_ documents: [SearchDocument]) throws -> [SearchIndexFile] {
        try plainFiles(documents).parallelMap { $0.published() }
            .sorted { CanonicalJSON.codePointOrder($0.path, $1.path) }
    }

    /// The index files for `documents` before any is gzipped, named without `.gz`, in no particular order.
    public func plainFiles(_ documents: [SearchDocument]) throws -> [SearchIndexFile] {
        var files: [SearchIndexFile] = []
        try plainFiles(documents) { files += $0 }
        return files
    }

    /// Hands `receive` the index files for `documents` before any is gzipped, named without `.gz`, in batches as
    /// they are ready: the rows, then the postings, then `meta.json`, which names them all. Returns what the postings
    /// were made from, for the next build.
    ///
    /// A caller can store the rows while the postings are still being computed. When `kept`, from an earlier call of
    /// the same program, has the key these documents give, its postings are neither computed nor handed over: the
    /// caller keeps the files it lists.
    @discardableResult
    public func plainFiles(_ documents: [SearchDocument], keeping kept: SearchPostingsSummary? = nil,
                           receive: ([SearchIndexFile]) throws -> Void) throws -> SearchPostingsSummary {
        let ordered = SearchDocumentOrder.sorted(documents)
        // Taken in index order, so the same documents give the same weights whatever order they come in.
        let weights = try fieldWeights(validating: ordered)
        let rows = SearchChunks(ordered, targetBytes: options.chunkBytes, maxDocuments: options.maxChunkDocuments)
        try receive(rows.files)
        let key = SearchPostingsSummary.key(ordered, options: options)
        let postings: SearchPostingsSummary
        if let kept, kept.key == key {
            postings = kept
        } else {
            let builder = SearchPostingsBuilder(documents: ordered, options: options)
            let (weighting, lengths) = builder.weighting()
            let shards = SearchShardLayout(
                postings: builder.postings(weighting: weighting, lengths: lengths),
                shardBytes: options.shardBytes, externalBytes: options.externalPostingsBytes)
            try receive(shards.files)
            postings = SearchPostingsSummary(key: key, shardCount: shards.shardCount, averageLengths: weighting.averageLengths,
                                      digests: Dictionary(uniqueKeysWithValues: shards.files.map { ($0.path, $0.digest) }))
        }
        let digests: [(path: String, digest: String)] = postings.digests.map { ($0.key, $0.value) } + rows.files.map { ($0.path, $0.digest) }
        let meta = self.meta(ordered, weights: weights, postings: postings, rows: rows,
                             build: build(digests.sorted { CanonicalJSON.codePointOrder($0.path, $1.path) }))
        try receive([SearchIndexFile(path: "search/meta.json", bytes: meta.data)])
        return postings
    }

    /// Names the content of the files whose `digests` are given in code-point order of path, so the page never mixes
    /// a cached file of one build with another build.
    private func build(_ digests: [(path: String, digest: String)]) -> String {
        String(Digest.combine(digests.map { $0.path + " " + $0.digest }).prefix(8))
    }

    private func meta(
        _ documents: [SearchDocument], weights: [(name: String, weight: Double)], postings: SearchPostingsSummary,
        rows: SearchChunks, build: String
    ) -> CanonicalJSON {
        let fields = weights.sorted { CanonicalJSON.codePointOrder($0.name, $1.name) }.map { name, weight in
            CanonicalJSON.object([
                "name": .string(name),
                "weight": .number(weight),
                "avgLength": .number(((postings.averageLengths[name] ?? 0) * 100).rounded() / 100),
            ])
        }
        return .object([
            "version": .int(Self.formatVersion),
            "build": .string(build),
            "docs": .int(documents.count),
            "shards": .int(postings.shardCount),
            "chunk": .int(rows.size),
            "groups": .array(rows.groups.map { .object(["name": .string($0.name), "start": .int($0.start)]) }),
            "columns": .array(SearchChunks.columns.map(CanonicalJSON.string)),
            "fields": .array(fields),
            "bm25": .object(["k1": .number(options.k1), "b": .number(options.b)]),
            "years": SearchFilters.years(documents),
            "provinces": SearchFilters.provinces(documents),
        ])
    }

    /// Checks every document, and returns each field's weight as the first of `documents` with that field gives it.
    private func fieldWeights(validating documents: [SearchDocument]) throws -> [(name: String, weight: Double)] {
        var ids = Set<String>()
        // A handful of field names: a list searched by comparing names beats hashing each of them.
        var weights: [(name: String, weight: Double)] = []
        for document in documents {
            guard ids.insert(document.id).inserted else { throw SearchIndexError.duplicateID(document.id) }
            if document.url.hasPrefix("/") || document.url.contains(":") {
                throw SearchIndexError.invalidURL(id: document.id, url: document.url)
            }
            for (index, field) in document.fields.enumerated() {
                // A document has a handful of fields, so comparing with the earlier ones beats building a set.
                guard !document.fields[..<index].contains(where: { $0.name == field.name }) else {
                    throw SearchIndexError.duplicateField(id: document.id, field: field.name)
                }
                guard field.weight.isFinite, field.weight >= 0 else {
                    throw SearchIndexError.invalidWeight(id: document.id, field: field.name, weight: field.weight)
                }
                if !weights.contains(where: { $0.name == field.name }) { weights.append((field.name, field.weight)) }
            }
        }
        return weights
    }
}
