import Foundation

/// Spreads postings over shards by token hash, and moves long postings to files of their own (docs/search.md §2.3).
struct SearchShardLayout {
    /// The number of `p/` shards, a power of two.
    let shardCount: Int
    /// The `p/<n>.json` and `p/x/<n>.json` files.
    let files: [SearchIndexFile]

    /// Lays out `postings`, one per token, in any order.
    init(postings: [SearchPostingsBuilder.Postings], shardBytes: Int, externalBytes: Int) {
        let external = postings.filter { $0.postings.utf8.count > externalBytes }
            .sorted { CanonicalJSON.codePointOrder($0.token, $1.token) }
        var externalNumbers: [String: Int] = [:]
        for (number, entry) in external.enumerated() { externalNumbers[entry.token] = number }
        var files = Array(external.enumerated()).parallelMap { number, entry in
            SearchIndexFile(path: "search/p/x/\(number).json", bytes: CanonicalJSON.string(entry.postings).data)
        }
        // A token's value in its shard: its postings string, or the number of its `p/x/` file.
        let entries = postings.map { entry in
            (token: entry.token, hash: entry.hash,
             value: externalNumbers[entry.token].map { String($0) } ?? CanonicalJSON.string(entry.postings).text)
        }
        let inlineBytes = entries.reduce(0) { $0 + $1.token.utf8.count + $1.value.utf8.count + 4 }
        var shardCount = 1
        while shardCount * shardBytes < inlineBytes { shardCount *= 2 }
        var shards = Array(repeating: [(token: String, hash: UInt32, value: String)](), count: shardCount)
        for entry in entries { shards[Int(entry.hash % UInt32(shardCount))].append(entry) }
        files += Array(shards.enumerated()).parallelMap { number, shard in
            var json: [UInt8] = [UInt8(ascii: "{")]
            for (index, entry) in shard.sorted(by: { CanonicalJSON.codePointOrder($0.token, $1.token) }).enumerated() {
                if index > 0 { json.append(UInt8(ascii: ",")) }
                CanonicalJSON.writeString(entry.token, to: &json)
                json.append(UInt8(ascii: ":"))
                json += entry.value.utf8
            }
            json.append(UInt8(ascii: "}"))
            return SearchIndexFile(path: "search/p/\(number).json", bytes: Data(json))
        }
        self.shardCount = shardCount
        self.files = files
    }
}
