import Foundation
import Testing
@testable import Gongkai

/// Five documents across years and provinces, with the numbers and phrases the ranking must tell apart.
enum SearchFixture {
    static func record(
        _ slug: String, _ unit: String, province: String?, year: Int?, narrative: String, indicators: String = ""
    ) -> SearchDocument {
        let path = year.map { "units/\(slug)/\($0)" } ?? "units/\(slug)"
        let title = year.map { "\(unit)\($0)年部门整体支出绩效自评报告" } ?? unit
        return SearchDocument(
            id: path, url: path + "/", title: title, unit: unit, province: province, year: year,
            score: year == nil ? nil : "95", grade: year == nil ? nil : "优", kind: year == nil ? .unit : .record,
            fields: [
                SearchField(name: "title", weight: 10, text: title),
                SearchField(name: "unit", weight: 8, text: unit),
                SearchField(name: "indicators", weight: 4, text: indicators),
                SearchField(name: "narrative", weight: 1, text: narrative),
            ])
    }

    static let documents = [
        record("beita", "北塔区融媒体中心", province: "湖南省", year: 2023,
               narrative: "全年预算426.45万元。\n应急广播覆盖率达到98%。", indicators: "应急广播覆盖率 ≥95% 98%"),
        record("yanfeng", "雁峰区委宣传部", province: "湖南省", year: 2024,
               narrative: "应急管理、广播电视和覆盖率分别提升。全年支出1426.45万元。"),
        record("leshan", "乐山市东区财政局", province: "四川省", year: 2022, narrative: "预算执行率100%。"),
        record("beita", "北塔区融媒体中心", province: "湖南省", year: nil, narrative: "负责新闻宣传。"),
        record("ganzhou", "赣州市统计局", province: "江西省", year: 2024, narrative: "统计调查按时完成。"),
    ]
}

@Suite("Search index writer")
struct SearchIndexWriterTests {
    let reader: SearchIndexReader

    init() throws {
        reader = try SearchIndexReader(SearchIndexWriter().write(SearchFixture.documents))
    }

    @Test("a number's postings hold only the documents with that exact number")
    func numberPostings() throws {
        let beita = try reader.number(ofURL: "units/beita/2023/")
        let yanfeng = try reader.number(ofURL: "units/yanfeng/2024/")
        #expect(try reader.postings("426.45").map(\.document) == [beita])
        #expect(try reader.postings("1426.45").map(\.document) == [yanfeng])
        #expect(try reader.postings("426.4").isEmpty)
    }

    @Test("a bigram's postings hold every document with it, weighted by field and frequency")
    func bigramPostings() throws {
        let beita = try reader.number(ofURL: "units/beita/2023/")
        let yanfeng = try reader.number(ofURL: "units/yanfeng/2024/")
        let postings = try reader.postings("应急")
        #expect(postings.map(\.document) == [yanfeng, beita].sorted())
        let weight = Dictionary(uniqueKeysWithValues: postings.map { ($0.document, $0.weight) })
        #expect(weight[beita]! > weight[yanfeng]!)
        #expect(try reader.postings("急广").map(\.document) == [beita])
    }

    @Test("the weight is BM25F's saturated term frequency on a 1–63 scale")
    func weightByHand() throws {
        func weight(_ fieldWeight: Double) throws -> Int {
            let document = SearchDocument(
                id: "a", url: "a/", title: "a", unit: "a", kind: .unit,
                fields: [SearchField(name: "narrative", weight: fieldWeight, text: "abc")])
            return try SearchIndexReader(SearchIndexWriter().write([document])).postings("abc")[0].weight
        }
        // tf~ = 1: 63 · (1 · 2.2 / 2.2) / 2.2 = 28.6.  tf~ = 10: 63 · (10 · 2.2 / 11.2) / 2.2 = 56.25.
        #expect(try weight(1) == 29)
        #expect(try weight(10) == 56)
    }

    @Test("documents are numbered newest year first, then by province, unit pages last")
    func documentOrder() throws {
        let urls = try (0..<5).map { try reader.display($0)["url"] as! String }
        #expect(urls == ["units/ganzhou/2024/", "units/yanfeng/2024/", "units/beita/2023/", "units/leshan/2022/", "units/beita/"])
    }

    @Test("filters list each year and province with the ranges of documents it keeps")
    func filters() throws {
        let years = (reader.meta["years"] as! [[String: Any]]).map { "\($0["value"]!):\($0["ranges"] as! [Int])" }
        #expect(years == ["2024:[0, 2]", "2023:[2, 3]", "2022:[3, 4]"])
        let provinces = (reader.meta["provinces"] as! [[String: Any]]).map { "\($0["value"]!):\($0["ranges"] as! [Int])" }
        #expect(provinces == ["四川省:[3, 4]", "江西省:[0, 1]", "湖南省:[1, 3, 4, 5]"])
    }

    @Test("display rows and snippet text come back as written")
    func displayAndText() throws {
        let beita = try reader.number(ofURL: "units/beita/2023/")
        let row = try reader.display(beita)
        #expect(row["title"] as? String == "北塔区融媒体中心2023年部门整体支出绩效自评报告")
        #expect(row["unit"] as? String == "北塔区融媒体中心")
        #expect(row["year"] as? Int == 2023)
        #expect(row["score"] as? String == "95")
        #expect(row["grade"] as? String == "优")
        #expect(row["province"] as? String == "湖南省")
        #expect(row["kind"] as? String == "record")
        #expect(try reader.display(4)["year"] is NSNull)
        #expect(try reader.text(beita) == "北塔区融媒体中心2023年部门整体支出绩效自评报告\n北塔区融媒体中心\n应急广播覆盖率 ≥95% 98%\n全年预算426.45万元。\n应急广播覆盖率达到98%。")
    }

    @Test("the same documents in any order give byte-identical files")
    func deterministic() throws {
        let first = try SearchIndexWriter().write(SearchFixture.documents)
        let second = try SearchIndexWriter().write(SearchFixture.documents.reversed())
        #expect(first == second)
        #expect(first.map(\.path) == first.map(\.path).sorted())
        #expect(first.allSatisfy { $0.path.hasPrefix("search/") })
    }

    @Test("meta.json gives each field the weight the first document in index order states, and its mean length where it has tokens")
    func fieldWeightsAndLengths() throws {
        func document(_ id: String, year: Int, _ fields: [SearchField]) -> SearchDocument {
            SearchDocument(id: id, url: id + "/", title: id, unit: id, province: nil, year: year, score: nil, grade: nil,
                           kind: .record, fields: fields)
        }
        // Index order is newest first: c (2024), then a (2023), then b (2022).
        let documents = [
            document("a", year: 2023, [SearchField(name: "title", weight: 10, text: "北塔"),
                                       SearchField(name: "narrative", weight: 1, text: "x y z")]),
            document("b", year: 2022, [SearchField(name: "narrative", weight: 1, text: ""),
                                       SearchField(name: "figures", weight: 2, text: "")]),
            document("c", year: 2024, [SearchField(name: "title", weight: 3, text: "北塔区"),
                                       SearchField(name: "narrative", weight: 1, text: "x")]),
        ]
        for order in [documents, documents.reversed()] {
            let meta = try SearchIndexReader(SearchIndexWriter().write(Array(order))).meta
            let fields = (meta["fields"] as! [[String: Any]]).map { "\($0["name"]!) \($0["weight"]!) \($0["avgLength"]!)" }
            // 北塔 is 北, 塔 and 北塔: 3 tokens; 北塔区 5. The narrative is 3 and 1 tokens where it has any, and
            // figures has none anywhere.
            #expect(fields == ["figures 2 0", "narrative 1 2", "title 3 4"])
        }
    }

    @Test("meta.json names the build by its content, so caches never mix two builds")
    func buildName() throws {
        func build(_ documents: [SearchDocument]) throws -> String {
            try SearchIndexReader(SearchIndexWriter().write(documents)).meta["build"] as! String
        }
        var changed = SearchFixture.documents
        changed[2].fields[3].text += "另有说明。"
        #expect(try build(SearchFixture.documents) == build(SearchFixture.documents))
        #expect(try build(SearchFixture.documents) != build(changed))
        #expect(try build(SearchFixture.documents).count == 8)
    }

    @Test("long postings move to p/x files and common tokens use the dense form")
    func externalAndDense() throws {
        var options = SearchIndexOptions()
        options.externalPostingsBytes = 3
        let reader = try SearchIndexReader(SearchIndexWriter(options: options).write(SearchFixture.documents))
        let shard = try reader.json("search/p/\(Int(SearchFNV.hash("年部")) % (reader.meta["shards"] as! Int)).json.gz") as! [String: Any]
        #expect(shard["年部"] is Int)
        #expect(try reader.postings("年部").map(\.document) == [0, 1, 2, 3])
        #expect((try reader.json("search/p/x/\(shard["年部"] as! Int).json.gz") as! String).hasPrefix("="))
    }

    @Test("a report added to one year and province leaves every other group's rows as they were")
    func rowsByGroup() throws {
        func rows(_ documents: [SearchDocument]) throws -> [String: Data] {
            try plainFiles(documents).files.filter { $0.key.hasPrefix("search/t/") }
        }
        let before = try rows(SearchFixture.documents)
        let added = SearchFixture.record("zhuzhou", "株洲市统计局", province: "湖南省", year: 2024, narrative: "统计调查。")
        let after = try rows(SearchFixture.documents + [added])
        let hunan2024 = "search/t/2024-\(String(SearchFNV.hash("湖南省"), radix: 16))-0.json"
        #expect(before.keys.sorted() == after.keys.sorted() && before.count == 5, "\(after.keys.sorted())")
        #expect(before.filter { $0.key != hunan2024 } == after.filter { $0.key != hunan2024 })
        let reader = try SearchIndexReader(SearchIndexWriter().write(SearchFixture.documents + [added]))
        #expect(try reader.display(reader.number(ofURL: "units/zhuzhou/2024/"))["unit"] as? String == "株洲市统计局")
    }

    @Test("two provinces whose names hash alike still get row files of their own")
    func rowGroupNamesNeverCollide() throws {
        #expect(SearchFNV.hash("costarring") == SearchFNV.hash("liquid"))
        let documents = [
            SearchFixture.record("a", "甲单位", province: "costarring", year: 2024, narrative: "甲"),
            SearchFixture.record("b", "乙单位", province: "liquid", year: 2024, narrative: "乙"),
            SearchFixture.record("c", "丙单位", province: nil, year: 2024, narrative: "丙"),
        ]
        let reader = try SearchIndexReader(SearchIndexWriter().write(documents))
        let groups = (reader.meta["groups"] as! [[String: Any]]).map { "\($0["name"]!) \($0["start"]!)" }
        #expect(groups == ["2024-5e4daa9d 0", "2024-5e4daa9d-1 1", "2024-none 2"])
        #expect(try (0..<3).map { try reader.display($0)["unit"] as! String } == ["甲单位", "乙单位", "丙单位"])
    }

    @Test("the page's scripts read the index format the writer writes")
    func scriptsReadThisFormat() throws {
        let script = try String(contentsOf: SiteFixture.defaultTheme.appendingPathComponent("assets/search-core.js"), encoding: .utf8)
        #expect(script.contains("const INDEX_VERSION = \(SearchIndexWriter.formatVersion);"))
    }

    @Test("an empty site still gets a complete, empty index")
    func emptyIndex() throws {
        let files = try SearchIndexWriter().write([])
        #expect(files.map(\.path) == ["search/meta.json", "search/p/0.json.gz"])
        #expect(String(decoding: try Gzip.decompress(files[1].bytes), as: UTF8.self) == "{}")
    }

    /// Every file `plainFiles` hands over, by path, and what it returns of the postings.
    private func plainFiles(_ documents: [SearchDocument], keeping kept: SearchPostingsSummary? = nil) throws
        -> (files: [String: Data], postings: SearchPostingsSummary) {
        var files: [String: Data] = [:]
        let postings = try SearchIndexWriter().plainFiles(documents, keeping: kept) { for file in $0 { files[file.path] = file.bytes } }
        return (files, postings)
    }

    @Test("postings kept from a build with the same text are not computed again, and meta.json is as a fresh build's")
    func keptPostings() throws {
        let kept = try plainFiles(SearchFixture.documents).postings
        var rescored = SearchFixture.documents
        rescored[0].score = "89"
        let fresh = try plainFiles(rescored)
        let reused = try plainFiles(rescored, keeping: kept)
        #expect(reused.postings == kept && fresh.postings == kept)
        #expect(!reused.files.keys.contains { $0.hasPrefix("search/p/") }, "the caller keeps the postings files")
        #expect(reused.files == fresh.files.filter { !$0.key.hasPrefix("search/p/") })
        #expect(Set(kept.digests.keys) == Set(fresh.files.keys.filter { $0.hasPrefix("search/p/") }))
        #expect(kept.digests.allSatisfy { Digest.hex(of: fresh.files[$0.key]!) == $0.value })
    }

    @Test("postings are computed again when a field's text, a field's weight or the order of documents changes")
    func changedPostings() throws {
        let kept = try plainFiles(SearchFixture.documents).postings
        var retexted = SearchFixture.documents
        retexted[2].fields[3].text += "另有结余。"
        var reweighted = SearchFixture.documents
        reweighted[2].fields[3].weight = 2
        var reordered = SearchFixture.documents
        reordered[4].year = 2021
        for documents in [retexted, reweighted, reordered] {
            let fresh = try plainFiles(documents)
            let rebuilt = try plainFiles(documents, keeping: kept)
            #expect(rebuilt.postings.key != kept.key)
            #expect(rebuilt.files == fresh.files && rebuilt.postings == fresh.postings)
        }
    }

    @Test("invalid documents are refused with the id at fault", arguments: [
        (SearchFixture.documents + [SearchFixture.documents[0]], SearchIndexError.duplicateID("units/beita/2023")),
        ([SearchDocument(id: "x", url: "/x/", title: "x", unit: "x", kind: .unit, fields: [])],
         SearchIndexError.invalidURL(id: "x", url: "/x/")),
        ([SearchDocument(id: "x", url: "https://x/", title: "x", unit: "x", kind: .unit, fields: [])],
         SearchIndexError.invalidURL(id: "x", url: "https://x/")),
        ([SearchDocument(id: "x", url: "x/", title: "x", unit: "x", kind: .unit,
                         fields: [SearchField(name: "a", weight: 1, text: ""), SearchField(name: "a", weight: 1, text: "")])],
         SearchIndexError.duplicateField(id: "x", field: "a")),
        ([SearchDocument(id: "x", url: "x/", title: "x", unit: "x", kind: .unit,
                         fields: [SearchField(name: "a", weight: -1, text: "")])],
         SearchIndexError.invalidWeight(id: "x", field: "a", weight: -1)),
    ])
    func refusesInvalid(documents: [SearchDocument], error: SearchIndexError) {
        #expect(throws: error) { try SearchIndexWriter().write(documents) }
    }

    @Test func searchDocumentsQuoteNarrativesWithoutMarkupAndShowRecomputedScores() throws {
        let content = SiteFixture.repository.appendingPathComponent("content")
        let loaded = try #require(ContentLoader.load(from: content, displayPath: "content").content)
        let documents = SiteSearchDocuments(model: SiteModel(content: loaded, baseURL: nil)).documents()
        let document = try #require(documents.first { $0.id == "units/shaoyang-beita-rongmeiti/2023" })
        let narrative = try #require(document.fields.first { $0.name == "narrative" })
        #expect(narrative.text.contains("\n聚焦主线，宣传引导有新成效。 截至11月30日"))
        #expect(!narrative.text.contains("**") && !narrative.text.contains("## "))
        #expect(document.score == "95", "95 recomputes to 95")
        let flagged = try #require(documents.first { $0.id == "units/hengyang-yanfeng-xuanchuanbu/2024" })
        #expect(flagged.score == "99（按指标复核 89 分，满分 90）", "results say what every list says")
    }
}
