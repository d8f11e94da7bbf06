import Foundation

/// Records parsed and checked by an earlier build, so a rebuild parses only the record files that changed.
///
/// An entry is found by the record file's path and the SHA-256 of its bytes, and holds everything loading
/// made of it: the record and its diagnostics. Nothing else goes into a record's load, except that
/// attachments are looked for on disk, so records with attachments are never cached. The cache is kept in
/// `shardCount` files by the digest, and a rebuild rewrites only the files whose entries changed.
public struct RecordCache: Sendable {
    static let shardCount = 64

    private var shards: [[String: ContentLoader.RecordLoad]]
    /// The shards as they were read, to tell which ones changed.
    private var readKeys: [Set<String>]

    /// An empty cache: every record is parsed.
    public init() {
        shards = Array(repeating: [:], count: Self.shardCount)
        readKeys = Array(repeating: [], count: Self.shardCount)
    }

    /// Reads the cache in `folder`, keeping only what `program` wrote; anything unreadable counts as missing.
    public static func read(from folder: URL, program: String) -> RecordCache {
        var cache = RecordCache()
        let decoded = Array(0..<shardCount).parallelMap { index -> [String: ContentLoader.RecordLoad] in
            guard let data = try? Data(contentsOf: shardURL(folder, index)),
                  let file = try? JSONDecoder().decode(Shard.self, from: data), file.program == program else { return [:] }
            return file.records
        }
        cache.shards = decoded
        cache.readKeys = decoded.map { Set($0.keys) }
        return cache
    }

    /// The load cached for the file at `path` holding bytes with `digest`.
    func load(path: String, digest: String) -> ContentLoader.RecordLoad? {
        shards[Self.shard(of: digest)][Self.key(path, digest)]
    }

    /// A cache holding exactly `loads`, the ones that may be cached, so entries for old versions of files drop out.
    func replacingEntries(with loads: [(path: String, load: ContentLoader.RecordLoad)]) -> RecordCache {
        var next = self
        next.shards = Array(repeating: [:], count: Self.shardCount)
        for (path, load) in loads where load.record?.attachments.isEmpty == true && !load.digest.isEmpty {
            next.shards[Self.shard(of: load.digest)][Self.key(path, load.digest)] = load
        }
        return next
    }

    /// Writes the shards that differ from the ones read into `folder`.
    public func write(to folder: URL, program: String) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let changed = shards.indices.filter { Set(shards[$0].keys) != readKeys[$0] }
        let outcomes = changed.parallelMap { index in
            Result {
                let encoder = JSONEncoder()
                encoder.outputFormatting = .sortedKeys
                try encoder.encode(Shard(program: program, records: shards[index])).write(to: Self.shardURL(folder, index))
            }
        }
        for outcome in outcomes { try outcome.get() }
    }

    private struct Shard: Codable {
        var program: String
        var records: [String: ContentLoader.RecordLoad]
    }

    private static func key(_ path: String, _ digest: String) -> String { "\(path) \(digest)" }

    /// The shard of a file's entry, from the first two hex digits of its SHA-256, which are already evenly spread.
    private static func shard(of digest: String) -> Int {
        (Int(digest.prefix(2), radix: 16) ?? 0) % shardCount
    }

    private static func shardURL(_ folder: URL, _ index: Int) -> URL {
        folder.appendingPathComponent("records-\(index < 10 ? "0" : "")\(index).json")
    }
}
