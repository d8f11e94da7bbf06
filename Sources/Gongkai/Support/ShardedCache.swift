import Foundation

/// A value a `ShardedCache` keeps: written as canonical JSON, read back through its `Decodable` conformance.
protocol CacheValue: Decodable, Sendable {
    /// The value as its `Decodable` conformance reads it, with every character of its text kept.
    var cacheJSON: CanonicalJSON { get }
}

/// Values a build keeps for the next one, each found by a path and the digest of what it was made from.
///
/// The entries are spread over `shardCount` JSON files by the first two hex digits of their digests, which are
/// already evenly spread, so a build that changes a few entries rewrites only the files that hold them.
struct ShardedCache<Value: CacheValue>: Sendable {
    static var shardCount: Int { 64 }

    /// The start of every file's name, e.g. `records` for `records-07.json`.
    let name: String
    private var shards: [[String: Value]]
    /// The shards' keys as they were read, to tell which ones changed.
    private var readKeys: [Set<String>]

    /// An empty cache.
    init(name: String) {
        self.name = name
        shards = Array(repeating: [:], count: Self.shardCount)
        readKeys = Array(repeating: [], count: Self.shardCount)
    }

    /// Reads the cache `name` in `folder`, keeping only what `program` wrote; anything unreadable counts as missing.
    static func read(_ name: String, from folder: URL, program: String) -> ShardedCache {
        var cache = ShardedCache(name: name)
        let decoded = Array(0..<shardCount).parallelMap { index -> [String: Value] in
            guard let data = try? Data(contentsOf: shardURL(name, folder, index)),
                  let file = try? JSONDecoder().decode(Shard.self, from: data), file.program == program else { return [:] }
            return file.entries
        }
        cache.shards = decoded
        cache.readKeys = decoded.map { Set($0.keys) }
        return cache
    }

    /// The value kept for `path` made from `digest`.
    func value(path: String, digest: String) -> Value? {
        shards[Self.shard(of: digest)][Self.key(path, digest)]
    }

    /// A cache holding exactly `entries`, so entries for old versions drop out; it remembers what was read.
    ///
    /// `wasRead` marks an entry found in this cache under the same path and digest. A shard whose entries all were,
    /// and which holds as many as were read, is kept as read rather than filled again: a rebuild that changes a few
    /// entries fills only their shards.
    func replacingEntries(with entries: [(path: String, digest: String, value: Value, wasRead: Bool)]) -> ShardedCache {
        var positions = Array(repeating: [Int](), count: Self.shardCount)
        for (position, entry) in entries.enumerated() where !entry.digest.isEmpty {
            positions[Self.shard(of: entry.digest)].append(position)
        }
        var next = self
        next.shards = Array(positions.enumerated()).parallelMap { shard, positions in
            if positions.count == shards[shard].count, positions.allSatisfy({ entries[$0].wasRead }) { return shards[shard] }
            var filled: [String: Value] = [:]
            filled.reserveCapacity(positions.count)
            for position in positions {
                filled[Self.key(entries[position].path, entries[position].digest)] = entries[position].value
            }
            return filled
        }
        return next
    }

    /// Writes the shards whose entries differ from the ones read into `folder`.
    func write(to folder: URL, program: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let changed = shards.indices.filter { Set(shards[$0].keys) != readKeys[$0] }
        let outcomes = changed.parallelMap { index in
            Result {
                let entries = shards[index].map { (key: $0.key, value: $0.value.cacheJSON) }
                let shard = CanonicalJSON.object(["program": .string(program), "entries": .object(.init(entries))])
                try shard.exactData.write(to: Self.shardURL(name, folder, index))
            }
        }
        for outcome in outcomes { try outcome.get() }
    }

    private struct Shard: Decodable {
        var program: String
        var entries: [String: Value]
    }

    private static func key(_ path: String, _ digest: String) -> String { "\(path) \(digest)" }

    private static func shard(of digest: String) -> Int {
        (Int(digest.prefix(2), radix: 16) ?? 0) % shardCount
    }

    private static func shardURL(_ name: String, _ folder: URL, _ index: Int) -> URL {
        folder.appendingPathComponent("\(name)-\(index < 10 ? "0" : "")\(index).json")
    }
}
