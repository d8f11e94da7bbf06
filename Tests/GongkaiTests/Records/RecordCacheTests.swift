import Foundation
import Testing
@testable import Gongkai

/// A rebuild parses only the record files whose bytes changed, and loads the same content as a fresh parse.
@Suite struct RecordCacheTests {
    static let files: [String: String] = [
        "content/units/demo/2022.md": ContentFixture.record(year: 2022, "score: 90\nbudget:\n  adjusted: 100\n  executed: 120\n"),
        "content/units/demo/2023.md": ContentFixture.record(year: 2023, "score: 91\n"),
        "content/units/demo/2024.md": ContentFixture.record(year: 2024, "score: 92\nattachments:\n  - {file: files/report.pdf, title: 报告}\n"),
        "content/units/demo/files/report.pdf": "%PDF-1.4",
    ]

    func load(_ fixture: ContentFixture, cache: RecordCache) -> LoadResult {
        ContentLoader.load(from: fixture.content, displayPath: "content", cache: cache)
    }

    /// Writes `result`'s cache to disk and reads it back, as the next build does.
    func roundTrip(_ result: LoadResult, in fixture: ContentFixture, program: String = "test") throws -> RecordCache {
        let folder = fixture.root.appendingPathComponent(".public.gongkai-cache")
        try result.recordCache.write(to: folder, program: "test")
        return RecordCache.read(from: folder, program: program)
    }

    @Test func unchangedRecordsComeFromTheCacheAndEqualAFreshParse() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let fresh = load(fixture, cache: RecordCache())
        #expect(fresh.recordsParsed == 3)
        let cached = load(fixture, cache: try roundTrip(fresh, in: fixture))
        #expect(cached.recordsParsed == 1, "the record with an attachment is parsed every time, as its file is checked on disk")
        #expect(cached.content?.units.map(\.records) == fresh.content?.units.map(\.records))
        #expect(cached.content?.units.map(\.warnings) == fresh.content?.units.map(\.warnings))
        #expect(cached.diagnostics == fresh.diagnostics)
        #expect(cached.diagnostics.map(\.description).contains { $0.hasPrefix("content/units/demo/2022.md:") && $0.contains("warning") })
    }

    @Test("an indicator, coded as an array for the cache, comes back with every field in its place")
    func indicatorsRoundTripThroughTheCacheCoding() throws {
        let indicators = [
            Indicator(level1: "产出指标", level2: "成本指标", name: "印刷费", target: "≤20万元", actual: "18.5万元",
                      weight: 10, score: Decimal(string: "9.5"), note: "节约"),
            Indicator(level1: nil, level2: "质量指标", name: nil, target: "100%", actual: nil, weight: nil, score: 8, note: nil),
        ]
        let coded = try JSONEncoder().encode(indicators)
        #expect(try JSONDecoder().decode([Indicator].self, from: coded) == indicators)
        #expect(String(decoding: coded, as: UTF8.self).hasPrefix(#"[["产出指标","成本指标","印刷费","≤20万元","18.5万元",10,9.5,"节约"]"#))
    }

    @Test func aChangedFileIsParsedAgain() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let cache = try roundTrip(load(fixture, cache: RecordCache()), in: fixture)
        try fixture.write(Data(ContentFixture.record(year: 2023, "score: 61\n").utf8), to: "content/units/demo/2023.md")
        let result = load(fixture, cache: cache)
        #expect(result.recordsParsed == 2)
        #expect(result.content?.units.first?.records.first { $0.year == 2023 }?.score == 61)
    }

    @Test func aCacheWrittenByAnotherProgramIsIgnored() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let cache = try roundTrip(load(fixture, cache: RecordCache()), in: fixture, program: "another version")
        #expect(load(fixture, cache: cache).recordsParsed == 3)
    }

    @Test func aBuildKeepsItsCacheBesideTheOutputAndARebuildUsesIt() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        let options = BuildOptions(content: fixture.content, contentDisplay: "content", output: out, defaultTheme: SiteFixture.defaultTheme)
        _ = try SiteBuilder.build(options)
        let page2022 = out.appendingPathComponent("units/demo/2022/index.html")
        #expect(try !String(contentsOf: page2022, encoding: .utf8).contains("37.5"))
        #expect(try !FileManager.default.contentsOfDirectory(atPath: out.path).contains { $0.contains("records-") },
                "the cache is never published")
        // Plant a different score under 2022's digest: a rebuild that shows it took 2022 from the cache.
        let folder = fixture.root.appendingPathComponent(".public.gongkai-cache")
        let path = "content/units/demo/2022.md"
        let digest = Digest.hex(of: Data(Self.files[path]!.utf8))
        var planted = try #require(RecordCache.read(from: folder, program: Fingerprints.program).load(path: path, digest: digest))
        #expect(planted.record?.score == 90)
        planted.record?.score = Decimal(string: "37.5")
        try RecordCache().replacingEntries(with: [(path: path, load: planted)]).write(to: folder, program: Fingerprints.program)
        try fixture.write(Data(ContentFixture.record(year: 2023, "score: 61\n").utf8), to: "content/units/demo/2023.md")
        _ = try SiteBuilder.build(options)
        #expect(try String(contentsOf: out.appendingPathComponent("units/demo/2023/index.html"), encoding: .utf8).contains("61"))
        #expect(try String(contentsOf: page2022, encoding: .utf8).contains("37.5"))
    }
}
