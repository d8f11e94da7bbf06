import Foundation

/// Spreads postings over shards by token hash, and moves long postings to files of their own (docs/search.md §2.3).
struct SearchShardLayout {
    /// The number of `p/` shards, a power of two.
    let shardCount: Int
    /// The `p/<n>.json` and `p/x/<n>.json` files.
    let files: [SearchIndexFile]

    /// Lays out `postings`, one per token, in any order.
    init(postings: [SearchPostingsBuilder.Postings], shardBytes: Int, externalBytes: Int) {
        let external = postings.filter { Self.isExternal($0, externalBytes) }
            .sorted { CanonicalJSON.codePointOrder($0.token, $1.token) }
        let externalNumbers = Dictionary(uniqueKeysWithValues: external.enumerated().map { ($1.token, $0) })
        var files = Array(external.enumerated()).parallelMap { number, entry in
            SearchIndexFile(path: "search/p/x/\(number).json", bytes: CanonicalJSON.string(entry.postings).data)
        }
        // A token's value in its shard is its postings string, or the number of its `p/x/` file. Postings are
        // written in an alphabet JSON never escapes, so a quoted string is two bytes longer than the postings.
        let inlineBytes = postings.reduce(0) { bytes, entry in
            let value = Self.isExternal(entry, externalBytes) ? String(externalNumbers[entry.token]!).utf8.count
                : entry.postings.utf8.count + 2
            return bytes + entry.token.utf8.count + value + 4
        }
        var shardCount = 1
        while shardCount * shardBytes < inlineBytes { shardCount *= 2 }
        var shards = Array(repeating: [SearchPostingsBuilder.Postings](), count: shardCount)
        for entry in postings { shards[Int(entry.hash % UInt32(shardCount))].append(entry) }
        files += Array(shards.enumerated()).parallelMap { number, shard in
            var json: [UInt8] = [UInt8(ascii: "{")]
            for (index, entry) in shard.sorted(by: { CanonicalJSON.codePointOrder($0.token, $1.token) }).enumerated() {
                if index > 0 { json.append(UInt8(ascii: ",")) }
                CanonicalJSON.writeString(entry.token, to: &json)
                json.append(UInt8(ascii: ":"))
                if Self.isExternal(entry, externalBytes) {
                    json += String(externalNumbers[entry.token]!).utf8
                } else {
                    CanonicalJSON.writeString(entry.postings, to: &json)
                }
            }
            json.append(UInt8(ascii: "}"))
            return SearchIndexFile(path: "search/p/\(number).json", bytes: Data(json))
        }
        self.shardCount = shardCount
        self.files = files
    }

    /// Whether `entry`'s postings are long enough to go to a `p/x/` file of their own.
    private static func isExternal(_ entry: SearchPostingsBuilder.Postings, _ externalBytes: Int) -> Bool {
        entry.postings.utf8.count > externalBytes
    }
}
