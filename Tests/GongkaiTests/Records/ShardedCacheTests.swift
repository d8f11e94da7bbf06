import Foundation
import Testing
@testable import Gongkai

/// A build's caches keep the shards a rebuild did not change as they were read, and write only the others.
@Suite struct ShardedCacheTests {
    /// A 64-digit digest whose first two digits, `shard`, pick its shard.
    static func digest(_ shard: String, _ fill: Character) -> String {
        shard + String(repeating: fill, count: 62)
    }

    static func rows(_ text: String) -> OpenDataRows {
        OpenDataRows(record: text, indicators: "")
    }

    let a = (path: "units/a/2023/", digest: digest("00", "a"), value: rows("a"))
    let b = (path: "units/b/2023/", digest: digest("00", "b"), value: rows("b"))
    let c = (path: "units/c/2023/", digest: digest("00", "c"), value: rows("c"))
    let d = (path: "units/d/2023/", digest: digest("01", "d"), value: rows("d"))

    /// Writes `entries` as a cache in `folder` and reads it back, as the next build does.
    func written(_ entries: [(path: String, digest: String, value: OpenDataRows)], in folder: URL) throws -> ShardedCache<OpenDataRows> {
        try ShardedCache<OpenDataRows>(name: "rows")
            .replacingEntries(with: entries.map { ($0.path, $0.digest, $0.value, false) })
            .write(to: folder, program: "test")
        return ShardedCache.read("rows", from: folder, program: "test")
    }

    @Test func aShardWithAsManyEntriesButANewOneHoldsTheNewOne() throws {
        let fixture = try ContentFixture([:])
        defer { fixture.remove() }
        let read = try written([a, b], in: fixture.root)
        // c replaces b in the same shard: as many entries as were read, but not all of them read.
        let next = read.replacingEntries(with: [(a.path, a.digest, a.value, true), (c.path, c.digest, c.value, false)])
        #expect(next.value(path: a.path, digest: a.digest) == a.value)
        #expect(next.value(path: c.path, digest: c.digest) == c.value)
        #expect(next.value(path: b.path, digest: b.digest) == nil)
    }

    @Test func onlyTheShardsThatChangedAreWrittenAgain() throws {
        let fixture = try ContentFixture([:])
        defer { fixture.remove() }
        let read = try written([a, b, d], in: fixture.root)
        let shards = ["rows-00.json", "rows-01.json"].map { fixture.root.appendingPathComponent($0) }
        // Backdated, so a rewrite would show as a new modification time.
        let old = Date(timeIntervalSince1970: 1_000_000_000)
        for shard in shards { try FileManager.default.setAttributes([.modificationDate: old], ofItemAtPath: shard.path) }
        let next = read.replacingEntries(with: [(a.path, a.digest, a.value, true), (c.path, c.digest, c.value, false),
                                                (d.path, d.digest, d.value, true)])
        try next.write(to: fixture.root, program: "test")
        let modified = try shards.map { try FileManager.default.attributesOfItem(atPath: $0.path)[.modificationDate] as? Date }
        #expect(modified[0] != old, "shard 00 lost b and gained c")
        #expect(modified[1] == old, "shard 01 holds d, as it did")
        let reread = ShardedCache<OpenDataRows>.read("rows", from: fixture.root, program: "test")
        #expect(reread.value(path: c.path, digest: c.digest) == c.value)
        #expect(reread.value(path: d.path, digest: d.digest) == d.value)
        #expect(reread.value(path: b.path, digest: b.digest) == nil)
    }
}
