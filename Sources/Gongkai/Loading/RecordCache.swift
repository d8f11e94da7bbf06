import Foundation

/// Records parsed and checked by an earlier build, so a rebuild parses only the record files that changed.
///
/// An entry is found by the record file's path and the SHA-256 of its bytes, and holds everything loading
/// made of it: the record and its diagnostics. Nothing else goes into a record's load, except that
/// attachments are looked for on disk, so records with attachments are never cached.
public struct RecordCache: Sendable {
    private var entries: ShardedCache<ContentLoader.RecordLoad>

    /// An empty cache: every record is parsed.
    public init() {
        entries = ShardedCache(name: "records")
    }

    /// Reads the cache in `folder`, keeping only what `program` wrote; anything unreadable counts as missing.
    public static func read(from folder: URL, program: String) -> RecordCache {
        var cache = RecordCache()
        cache.entries = .read("records", from: folder, program: program)
        return cache
    }

    /// The load cached for the file at `path` holding bytes with `digest`.
    func load(path: String, digest: String) -> ContentLoader.RecordLoad? {
        entries.value(path: path, digest: digest)
    }

    /// A cache holding exactly `loads`, the ones that may be cached, so entries for old versions of files drop out.
    func replacingEntries(with loads: [(path: String, load: ContentLoader.RecordLoad)]) -> RecordCache {
        var next = self
        next.entries = entries.replacingEntries(with: loads.filter { $0.load.record?.attachments.isEmpty == true }
            .map { (path: $0.path, digest: $0.load.digest, value: $0.load, wasRead: $0.load.fromCache) })
        return next
    }

    /// Writes the parts of the cache that differ from the ones read into `folder`.
    public func write(to folder: URL, program: String) throws {
        try entries.write(to: folder, program: program)
    }
}
