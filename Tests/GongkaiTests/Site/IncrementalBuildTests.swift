import Foundation
import Testing
@testable import Gongkai

/// A rebuild renders only what depends on what changed, and its output equals a clean build's.
@Suite struct IncrementalBuildTests {
    static let files: [String: String] = [
        "content/units/alpha/unit.yaml": ContentFixture.unit,
        "content/units/alpha/2022.md": ContentFixture.record(year: 2022, "score: 90\n"),
        "content/units/alpha/2023.md": ContentFixture.record(year: 2023, "score: 91\n"),
        "content/units/beta/unit.yaml": "name: 乙单位\nregion: [湖南省, 长沙市]\n",
        "content/units/beta/2023.md": ContentFixture.record(year: 2023, "score: 80\n"),
    ]

    func options(_ fixture: ContentFixture, into out: URL) -> BuildOptions {
        BuildOptions(content: fixture.content, contentDisplay: "content", output: out, defaultTheme: SiteFixture.defaultTheme)
    }

    func build(_ fixture: ContentFixture, into out: URL) throws -> BuildReport {
        try SiteBuilder.build(options(fixture, into: out))
    }

    /// Gives alpha's 2022 record a new publication date: a change to what its page shows, not to what search finds.
    func republish(_ fixture: ContentFixture, on date: String) throws {
        let record = ContentFixture.record(year: 2022, "score: 90\n").replacingOccurrences(of: "2023-08-20", with: date)
        try fixture.write(Data(record.utf8), to: "content/units/alpha/2022.md")
    }

    @Test func anUnchangedRebuildRendersNothingAndRewritesNothing() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        let first = try build(fixture, into: out)
        let second = try build(fixture, into: out)
        #expect(first.rendered == first.pages)
        #expect(second.rendered == 0)
        #expect(second.changed == 0)
        #expect(second.files == first.files, "the search index is carried over too")
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
    }

    @Test func oneChangedRecordRendersOnlyWhatDependsOnIt() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        let betaPage = out.appendingPathComponent("units/beta/2023/index.html")
        let before = try FileManager.default.attributesOfItem(atPath: betaPage.path)[.modificationDate] as? Date
        try fixture.write(Data(ContentFixture.record(year: 2022, "score: 70\n").utf8), to: "content/units/alpha/2022.md")
        let report = try build(fixture, into: out)
        // alpha's two records, its page and feed, the 2022 year page (not 2023's, where alpha's record is the same), and
        // the eight site-wide pages.
        #expect(report.rendered == 13)
        #expect(try String(contentsOf: out.appendingPathComponent("units/alpha/2022/index.html"), encoding: .utf8).contains("70"))
        #expect(try String(contentsOf: out.appendingPathComponent("years/2022/index.html"), encoding: .utf8)
            .contains(#"平均自评得分 <span class="total-number">70</span>"#), "alpha's is the year's only record")
        let after = try FileManager.default.attributesOfItem(atPath: betaPage.path)[.modificationDate] as? Date
        #expect(before == after, "a page that depends on nothing that changed keeps its modification time")
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
    }

    @Test func aRenamedUnitIsRenamedOnEveryYearPageThatListsIt() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        try fixture.write(Data("name: 乙单位新名\nregion: [湖南省, 长沙市]\n".utf8), to: "content/units/beta/unit.yaml")
        let report = try build(fixture, into: out)
        // beta's record, its page and feed, the 2023 year page, and the eight site-wide pages.
        #expect(report.rendered == 12)
        #expect(try String(contentsOf: out.appendingPathComponent("years/2023/index.html"), encoding: .utf8).contains("乙单位新名"))
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
    }

    @Test func aRenamedUnitFolderChangesEveryLinkToTheUnit() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        // Same bytes under a new id, in the same place in the order of units.
        try FileManager.default.moveItem(at: fixture.content.appendingPathComponent("units/beta"),
                                         to: fixture.content.appendingPathComponent("units/bravo"))
        _ = try build(fixture, into: out)
        for page in ["years/2023/index.html", "units/index.html", "index.html"] {
            let html = try String(contentsOf: out.appendingPathComponent(page), encoding: .utf8)
            #expect(html.contains("units/bravo/") && !html.contains("units/beta/"), "\(page)")
        }
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
    }

    @Test func aRecordTurnedToDraftIsRemovedAndTheRebuildMatchesACleanOne() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        try fixture.write(Data("---\nyear: 2023\nstatus: draft\n---\n".utf8), to: "content/units/beta/2023.md")
        _ = try build(fixture, into: out)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("units/beta/2023/index.html").path))
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
    }

    @Test func aRebuildTakesTheCSVLinesOfCarriedOverRecordsFromTheRowCache() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        // Plant a line under beta's fingerprint: a rebuild that publishes it took beta's lines from the cache.
        let folder = fixture.root.appendingPathComponent(".public.gongkai-cache")
        let cache = OpenDataRowCache.read(from: folder)
        let fingerprint = try #require(BuildCache(output: out, trusted: true).fingerprints["units/beta/2023/index.html"])
        var rows = try #require(cache.rows(for: "units/beta/2023/", fingerprint: fingerprint))
        #expect(rows.record.hasPrefix("beta,乙单位,湖南省,长沙市,,,2023,published,"))
        rows.record = "planted\r\n"
        try OpenDataRowCache().replacingEntries(with: [(path: "units/beta/2023/", fingerprint: fingerprint, rows: rows, wasRead: false)]).write(to: folder)
        try fixture.write(Data(ContentFixture.record(year: 2022, "score: 70\n").utf8), to: "content/units/alpha/2022.md")
        _ = try build(fixture, into: out)
        let lines = try String(contentsOf: out.appendingPathComponent("data/records.csv"), encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.count == 6, "a header, alpha 2022 and 2023, beta 2023, the fixture's demo 2023, and the end: \(lines)")
        #expect(lines[1].hasPrefix("alpha,") && lines[1].contains(",2022,published,") && lines[1].contains(",70,"))
        #expect(lines[3] == "planted")
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == ["data/records.csv: bytes differ"])
    }

    @Test func aRebuildKeepsTheSearchPostingsUntilSearchableTextChanges() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        try republish(fixture, on: "2023-09-01")
        _ = try build(fixture, into: out)
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
        // Plant a mean length: a meta.json that shows it was built from the kept postings, not from the documents.
        let folder = fixture.root.appendingPathComponent(".public.gongkai-cache")
        var kept = try #require(KeptSearchPostings.read(from: folder))
        kept.averageLengths["title"] = 99
        try KeptSearchPostings.write(kept, to: folder)
        let meta = out.appendingPathComponent("search/meta.json")
        try republish(fixture, on: "2023-09-02")
        _ = try build(fixture, into: out)
        #expect(try String(contentsOf: meta, encoding: .utf8).contains(#""avgLength":99,"name":"title""#))
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [".gongkai-cache: bytes differ", "search/meta.json: bytes differ"],
                "meta.json, and the fingerprint of its bytes")
        // A score is searchable.
        try fixture.write(Data(ContentFixture.record(year: 2022, "score: 70\n").utf8), to: "content/units/alpha/2022.md")
        _ = try build(fixture, into: out)
        #expect(try !String(contentsOf: meta, encoding: .utf8).contains(#""avgLength":99"#))
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
    }

    @Test func postingsKeptFromAnEarlierBuildAreNotCarriedOverTheOutputOfALaterOne() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        let kept = fixture.root.appendingPathComponent(".public.gongkai-cache/search-postings.json")
        let first = try Data(contentsOf: kept)
        let record = try Data(contentsOf: fixture.content.appendingPathComponent("units/beta/2023.md"))
        try fixture.write(Data(ContentFixture.record(year: 2023, "score: 80\n", body: "## 基本情况\n\n另一段正文。\n").utf8),
                          to: "content/units/beta/2023.md")
        _ = try build(fixture, into: out)
        // As if writing the second build's postings had failed: the text is the first build's again, and so is the
        // kept file, but the postings files in the output are the second build's.
        try first.write(to: kept)
        try fixture.write(record, to: "content/units/beta/2023.md")
        _ = try build(fixture, into: out)
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
    }

    @Test(arguments: ["no files", "one shard more"])
    func keptPostingsThatDoNotDescribeTheOutputAreNotUsed(_ tampering: String) throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        let folder = fixture.root.appendingPathComponent(".public.gongkai-cache")
        var kept = try #require(KeptSearchPostings.read(from: folder))
        if tampering == "no files" { kept.digests = [:] } else { kept.shardCount += 1 }
        try KeptSearchPostings.write(kept, to: folder)
        // Nothing searchable changes, so these would be the postings if the summary were trusted.
        try republish(fixture, on: "2023-09-01")
        _ = try build(fixture, into: out)
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
    }

    @Test func aPostingsFileMissingFromTheOutputIsMadeAgain() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        let shard = out.appendingPathComponent("search/p/0.json.gz")
        try FileManager.default.removeItem(at: shard)
        _ = try build(fixture, into: out)
        #expect(FileManager.default.fileExists(atPath: shard.path))
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
    }

    @Test func aRebuildReplacesFilesInsideTheSameFolderAndLeavesOthersAlone() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        let folder = try FileManager.default.attributesOfItem(atPath: out.path)[.systemFileNumber] as? Int
        try Data("google-site-verification".utf8).write(to: out.appendingPathComponent("google1234.html"))
        try fixture.write(Data(ContentFixture.record(year: 2022, "score: 70\n").utf8), to: "content/units/alpha/2022.md")
        _ = try build(fixture, into: out)
        #expect(try FileManager.default.attributesOfItem(atPath: out.path)[.systemFileNumber] as? Int == folder,
                "a web server serving the folder keeps serving it")
        #expect(try String(contentsOf: out.appendingPathComponent("google1234.html"), encoding: .utf8) == "google-site-verification")
        #expect(try String(contentsOf: out.appendingPathComponent("units/alpha/2022/index.html"), encoding: .utf8).contains("70"))
        let siblings = try FileManager.default.contentsOfDirectory(atPath: fixture.root.path)
        #expect(siblings.sorted() == [".public.gongkai-cache", "content", "public"])
    }

    @Test func aCommitCutShortIsRepairedByTheNextBuild() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        let first = try build(fixture, into: out)
        // A commit removes the build cache before it moves any file, and writes it again last.
        try FileManager.default.removeItem(at: out.appendingPathComponent(BuildCache.fileName))
        try Data("half-written".utf8).write(to: out.appendingPathComponent("units/beta/2023/index.html"))
        let second = try build(fixture, into: out)
        #expect(second.rendered == first.pages)
        #expect(second.changed == 2, "the page and the build cache")
        #expect(try SiteBuilder.verify(options(fixture, into: out)) == [])
    }

    @Test func verifyReportsAFileThatDiffers() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let out = fixture.root.appendingPathComponent("public")
        _ = try build(fixture, into: out)
        try Data("tampered".utf8).write(to: out.appendingPathComponent("units/beta/2023/index.html"))
        let differences = try SiteBuilder.verify(options(fixture, into: out))
        #expect(differences == ["units/beta/2023/index.html: bytes differ"])
    }
}
