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
        let coded = CanonicalJSON.array(indicators.map(\.cacheJSON)).exactData
        #expect(try JSONDecoder().decode([Indicator].self, from: coded) == indicators)
        #expect(String(decoding: coded, as: UTF8.self) == #"[["产出指标","成本指标","印刷费","≤20万元","18.5万元",10,9.5,"节约"],"#
            + #"[null,"质量指标",null,"100%",null,null,8,null]]"#)
    }

    @Test("a load with every field of its record set comes back from the cache's JSON equal, every character kept")
    func aFullRecordRoundTripsThroughTheCacheCoding() throws {
        // Every field holds a value no other field of its type holds, so reading fields in the wrong order shows.
        let text = "甲\u{1}乙\u{1F}\\\"\n\r\t\u{7F}\u{85}\u{202E}\u{2028}/😀e\u{301}"
        var number = Decimal(string: "0.001")!
        func next() -> Decimal {
            number += 1
            return number
        }
        func amounts() -> ThreePublicAmounts {
            ThreePublicAmounts(total: next(), reception: next(), vehiclePurchase: next(), vehicleOperation: next(), overseas: next())
        }
        var record = Record(unitID: "demo", year: 2024, status: .withdrawn)
        record.publishedOn = Day(year: 2024, month: 2, day: 29)
        record.approvedOn = Day(year: 2023, month: 3, day: 1)
        record.preparedOn = Day(year: 2022, month: 1, day: 31)
        record.title = "标题" + text
        record.withdrawnNote = "撤回"
        record.conclusion = "结论"
        record.score = Decimal(string: "-0.000001")
        record.grade = .good
        record.staffing = Staffing(authorized: next(), actual: next(), retired: next())
        record.budget = Budget(initial: next(), adjusted: next(), executed: next(), executionRate: next(),
                               carryoverStart: next(), carryoverEnd: Decimal(string: "1e-5"))
        record.income = Income(total: next(), fiscal: next(), other: next())
        record.expenditure = Expenditure(total: next(), basic: BasicExpenditure(total: next(), personnel: next(), publicFunds: next()),
                                         project: next(), byFund: FundBreakdown(generalPublic: next(), governmentFund: next(),
                                                                                stateCapital: next(), socialInsurance: next()))
        record.previousYear = PreviousYear(income: next(), expenditure: next(), basic: next(), project: next(), threePublic: next())
        record.threePublic = ThreePublic(budget: amounts(), actual: amounts())
        record.threePublic?.actual?.total = Decimal(string: "123456789012345678901234567890")
        record.indicators = [Indicator(level1: "产出指标", level2: "数量指标", name: "指标" + text, target: "≥2", actual: "2",
                                       weight: next(), score: next(), note: "注")]
        record.projects = [Project(name: "项目", budget: next(), executed: next(), score: next(), summary: "摘要" + text)]
        record.figures = [Figure(label: "编制数", value: next(), unit: "人")]
        record.problems = ["问题" + text]
        record.measures = ["措施"]
        record.corrections = [Correction(date: Day(year: 2025, month: 6, day: 30), note: "更正")]
        record.attachments = [Attachment(file: "files/a.pdf", title: "附件")]
        record.contact = Contact(name: "张三", phone: "［已隐去］")
        record.body = "正文" + text
        record.narrativeText = "正文文本" + text
        record.sourcePath = "content/units/demo/2024.md"
        #expect(Self.unsetFields(record).isEmpty, "set every field, so the round trip covers it")
        let diagnostic = Diagnostic(.warning, file: "content/units/demo/2024.md", at: SourcePosition(line: 3, column: 5),
                                    field: "budget.executed", text)
        let load = ContentLoader.RecordLoad(unitID: "demo", year: 2024, record: record, diagnostics: [diagnostic], digest: "ab12")
        #expect(Self.unsetFields(diagnostic).isEmpty && Self.unsetFields(load).isEmpty)

        let decoded = try JSONDecoder().decode(ContentLoader.RecordLoad.self, from: load.cacheJSON.exactData)
        #expect(decoded.record == record)
        // `==` on strings is canonical equivalence; the bytes show that nothing was normalised on the way.
        #expect(decoded.record.map { Array($0.body.utf8) } == Array(record.body.utf8))
        #expect(decoded.diagnostics.map { Array($0.message.utf8) } == [Array(text.utf8)])
        #expect(decoded.record?.recomputedScore == record.indicators[0].score)
        #expect(decoded.diagnostics == [diagnostic])
        #expect(decoded.unitID == "demo" && decoded.year == 2024 && decoded.digest == "ab12")
    }

    /// The paths of the optional fields that are nil and the collections and texts that are empty, in `value` and
    /// everything it holds.
    static func unsetFields(_ value: Any, path: String = "") -> [String] {
        Mirror(reflecting: value).children.flatMap { child -> [String] in
            let name = path + "." + (child.label ?? "?")
            let mirror = Mirror(reflecting: child.value)
            if mirror.displayStyle == .optional {
                guard let wrapped = mirror.children.first?.value else { return [name] }
                return unsetFields(wrapped, path: name)
            }
            if let text = child.value as? String { return text.isEmpty ? [name] : [] }
            if mirror.displayStyle == .collection {
                return mirror.children.isEmpty ? [name] : mirror.children.flatMap { unsetFields($0.value, path: name) }
            }
            return mirror.displayStyle == .struct ? unsetFields(child.value, path: name) : []
        }
    }

    @Test func aChangedFileIsParsedAgain() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let cache = try roundTrip(load(fixture, cache: RecordCache()), in: fixture)
        try fixture.write(Data(ContentFixture.record(year: 2023, "score: 61\n").utf8), to: "content/units/demo/2023.md")
        let result = load(fixture, cache: cache)
        #expect(result.recordsParsed == 2)
        #expect(result.content?.units.first?.records.first { $0.year == 2023 }?.score == 61)
        // The next cache keeps the unchanged record's shard as read, and files the changed one anew.
        let next = load(fixture, cache: try roundTrip(result, in: fixture))
        #expect(next.recordsParsed == 1, "only the record with an attachment is parsed")
        #expect(next.content?.units.first?.records.first { $0.year == 2023 }?.score == 61)
        let oldDigest = Digest.hex(of: Data(Self.files["content/units/demo/2023.md"]!.utf8))
        #expect(result.recordCache.load(path: "content/units/demo/2023.md", digest: oldDigest) == nil, "the old version drops out")
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
