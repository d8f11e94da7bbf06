import Foundation

/// Each record's CSV lines from earlier builds, kept beside the output so a rebuild need not make them again.
///
/// A record's lines depend on exactly what its page does, so they are kept under its page's fingerprint: lines whose
/// fingerprint matches were made from the same inputs, whatever happened to the output since.
struct OpenDataRowCache: Sendable {
    private var entries: ShardedCache<OpenDataRows>

    /// An empty cache: every record's lines are made.
    init() {
        entries = ShardedCache(name: "open-data-rows")
    }

    /// Reads the cache in `folder`; empty where it is missing or cannot be read.
    static func read(from folder: URL) -> OpenDataRowCache {
        var cache = OpenDataRowCache()
        cache.entries = .read("open-data-rows", from: folder, program: Fingerprints.program)
        return cache
    }

    /// The lines kept for the record page at `path` made from `fingerprint`.
    func rows(for path: String, fingerprint: String) -> OpenDataRows? {
        entries.value(path: path, digest: fingerprint)
    }

    /// A cache holding exactly `rows`, each under its page's path and fingerprint; `wasRead` marks rows taken from
    /// this cache.
    func replacingEntries(with rows: [(path: String, fingerprint: String, rows: OpenDataRows, wasRead: Bool)]) -> OpenDataRowCache {
        var next = self
        next.entries = entries.replacingEntries(with: rows.map { (path: $0.path, digest: $0.fingerprint, value: $0.rows, wasRead: $0.wasRead) })
        return next
    }

    /// Writes the parts of the cache that differ from the ones read into `folder`.
    func write(to folder: URL) throws {
        try entries.write(to: folder, program: Fingerprints.program)
    }
}
