import Foundation
import Testing
@testable import Gongkai

/// The whole HTML and JSON of one real record, compared byte for byte, so any change to what readers see is reviewed.
///
/// `GONGKAI_RECORD_GOLDEN=1 swift test` rewrites the snapshot; review its diff before committing it.
@Suite struct RecordPageSnapshotTests {
    static let snapshot = SiteFixture.repository.appendingPathComponent("Tests/fixtures/golden/xuanchuanbu-2024.html")

    @Test func theXuanchuanbu2024PageMatchesItsSnapshot() throws {
        let (site, _) = try SiteFixture.build(SiteFixture.examples, baseURL: "https://example.org/jxgk/")
        defer { site.remove() }
        let html = try site.page("units/hengyang-yanfeng-xuanchuanbu/2024/index.html")
        if ProcessInfo.processInfo.environment["GONGKAI_RECORD_GOLDEN"] == "1" {
            try Data(html.utf8).write(to: Self.snapshot)
        }
        let expected = try String(contentsOf: Self.snapshot, encoding: .utf8)
        #expect(html == expected, "the record page changed; if intended, rerun with GONGKAI_RECORD_GOLDEN=1 and review the diff")
    }

    /// Written by `JSONEncoder` before the open data moved to `CanonicalJSON`, whose same bytes showed the move changed
    /// nothing; since then `recomputed_grade` went, and the score warning names what 89 is out of, as the record's
    /// indicator weights total 90, not 100.
    static let recordJSON = SiteFixture.repository.appendingPathComponent("Tests/fixtures/golden/xuanchuanbu-2024.record.json")

    @Test func theXuanchuanbu2024RecordJSONMatchesItsSnapshot() throws {
        let (site, _) = try SiteFixture.build(SiteFixture.examples, baseURL: "https://example.org/jxgk/")
        defer { site.remove() }
        let json = try Data(contentsOf: site.output.appendingPathComponent("units/hengyang-yanfeng-xuanchuanbu/2024/record.json"))
        #expect(json == (try Data(contentsOf: Self.recordJSON)), "record.json changed; compare it with the snapshot before replacing it")
    }

    @Test func everyRecordPageHasAtLeastTwoChartsEachWithItsTable() throws {
        let (site, _) = try SiteFixture.build(SiteFixture.examples)
        defer { site.remove() }
        for path in site.files() where path.hasPrefix("units/") && path.hasSuffix("/index.html") && path.split(separator: "/").count == 4 {
            let html = try site.page(path)
            let figures = html.components(separatedBy: "<figure>").dropFirst()
            #expect(figures.count >= 2, "\(path) has \(figures.count) charts")
            for figure in figures {
                let block = figure.components(separatedBy: "</figure>")[0]
                #expect(block.contains(#"role="img""#) && block.contains("<title id=") && block.contains("<desc id="), "\(path)")
                #expect(block.contains("<details>") && block.contains("<table") && block.contains("<caption>"), "\(path): a chart without its table")
            }
        }
    }
}
