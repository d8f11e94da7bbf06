/// Spreads postings over shards by token hash, and moves long postings to files of their own (docs/search.md §2.3).
struct SearchShardLayout {
    /// The number of `p/` shards, a power of two.
    let shardCount: Int
    /// The `p/<n>.json` and `p/x/<n>.json` files.
    let files: [SearchIndexFile]

    /// Lays out `postings`, each token's postings string.
    init(postings: [String: String], shardBytes: Int, externalBytes: Int) {
        var entries: [String: SearchJSON] = [:]
        var files: [SearchIndexFile] = []
        var inlineBytes = 0
        for token in postings.keys.sorted(by: SearchJSON.codePointOrder) {
            let string = postings[token]!
            if string.utf8.count > externalBytes {
                entries[token] = .int(files.count)
                files.append(SearchIndexFile(path: "search/p/x/\(files.count).json", bytes: SearchJSON.string(string).data))
            } else {
                entries[token] = .string(string)
            }
            inlineBytes += token.utf8.count + (entries[token]!.text.utf8.count) + 4
        }
        var shardCount = 1
        while shardCount * shardBytes < inlineBytes { shardCount *= 2 }
        var shards = Array(repeating: [String: SearchJSON](), count: shardCount)
        for (token, entry) in entries {
            shards[Int(SearchFNV.hash(token) % UInt32(shardCount))][token] = entry
        }
        for (number, shard) in shards.enumerated() {
            files.append(SearchIndexFile(path: "search/p/\(number).json", bytes: SearchJSON.object(shard).data))
        }
        self.shardCount = shardCount
        self.files = files
    }
}
