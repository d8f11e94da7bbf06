import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Gongkai

/// Feeds, sitemap and open data hold exactly the public records, with absolute links and no personal numbers.
@Suite struct FeedAndDataTests {
    static let files: [String: String] = [
        "content/site.yaml": "title: 测试公开\nbase_url: https://czj.example.gov.cn/jxgk/\nfeed_limit: 2\n",
        "content/units/demo/2021.md": ContentFixture.record(year: 2021, "score: 88\n"),
        "content/units/demo/2022.md": ContentFixture.record(year: 2022, "score: 91\ncorrections:\n  - {date: 2023-09-01, note: 更正“三公”经费预算数}\n"),
        "content/units/demo/2023.md": ContentFixture.record(year: 2023, "problems: [\"联系人 13912345678\"]\nindicators:\n  - {name: 甲, weight: 10, score: 9}\n  - {name: \"乙, \\\"引号\\\"\", weight: 90, score: 80}\n"),
        "content/units/demo/2020.md": "---\nyear: 2020\nstatus: withdrawn\npublished_on: 2021-06-01\nwithdrawn_note: 数据有误，已撤回\n---\n",
        "content/units/demo/2019.md": "---\nyear: 2019\nstatus: draft\n---\n草稿\n",
    ]

    final class AtomReader: NSObject, XMLParserDelegate {
        var ids: [String] = []
        var links: [String] = []
        private var path: [String] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            path.append(name)
            text = ""
            if name == "link", path.dropLast().last == "entry", let href = attributes["href"] { links.append(href) }
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "id", path.dropLast().last == "entry" { ids.append(text) }
            path.removeLast()
        }
    }

    func read(_ data: Data) throws -> AtomReader {
        let reader = AtomReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        #expect(parser.parse(), "the feed is well-formed XML: \(String(describing: parser.parserError))")
        return reader
    }

    @Test func theFeedHoldsTheNewestPublishedRecordsWithStableIDs() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let (site, _) = try SiteFixture.build(fixture.content)
        defer { site.remove() }
        let feed = try read(Data(contentsOf: site.output.appendingPathComponent("feed.xml")))
        #expect(feed.ids == ["tag:czj.example.gov.cn,2023:units/demo/2023", "tag:czj.example.gov.cn,2022:units/demo/2022"])
        #expect(feed.links == ["https://czj.example.gov.cn/jxgk/units/demo/2023/", "https://czj.example.gov.cn/jxgk/units/demo/2022/"])
        let unitFeed = try read(Data(contentsOf: site.output.appendingPathComponent("units/demo/feed.xml")))
        #expect(unitFeed.ids.count == 3, "the withdrawn and draft records leave the feed")
        let corrections = try read(Data(contentsOf: site.output.appendingPathComponent("corrections.xml")))
        #expect(corrections.ids == ["tag:czj.example.gov.cn,2022:units/demo/2022/corrections/1"])
    }

    @Test func sitemapAndRobots() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let (site, _) = try SiteFixture.build(fixture.content)
        defer { site.remove() }
        let sitemap = try site.page("sitemap.xml")
        for path in ["", "units/", "units/demo/", "units/demo/2020/", "units/demo/2023/", "years/2021/", "about/", "data/"] {
            #expect(sitemap.contains("<loc>https://czj.example.gov.cn/jxgk/\(path)</loc>"), "\(path)")
        }
        #expect(!sitemap.contains("2019"))
        #expect(!sitemap.contains("search/"), "the search page says noindex")
        #expect(try site.page("robots.txt").contains("Sitemap: https://czj.example.gov.cn/jxgk/sitemap.xml"))
    }

    @Test func openDataHoldsEveryPublicRecordAndNoPersonalNumber() throws {
        let fixture = try ContentFixture(Self.files)
        defer { fixture.remove() }
        let (site, _) = try SiteFixture.build(fixture.content)
        defer { site.remove() }
        let csv = try Data(contentsOf: site.output.appendingPathComponent("data/records.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]), "records.csv starts with a BOM")
        let lines = String(decoding: csv, as: UTF8.self).components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(lines.count == 5, "a header and one row per published or withdrawn record")
        #expect(lines.contains { $0.hasPrefix("demo,测试市测试区融媒体中心,湖南省,测试市,测试区,,2020,withdrawn,2021-06-01,,,数据有误，已撤回,") })
        let indicators = try site.page("data/indicators.csv")
        #expect(indicators.contains("demo,测试市测试区融媒体中心,2023,2,,,\"乙, \"\"引号\"\"\",,,90,80,定性,\r\n"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("data/records.json"))) as! [String: Any]
        #expect(json["currency"] as? String == "CNY")
        #expect(json["scale"] as? Int == 10000)
        #expect(json["version"] as? Int == 1)
        #expect((json["records"] as? [[String: Any]])?.map { $0["year"] as? Int } == [2020, 2021, 2022, 2023])
        let one = try JSONSerialization.jsonObject(with: Data(contentsOf: site.output.appendingPathComponent("units/demo/2023/record.json"))) as! [String: Any]
        let record = try #require((one["records"] as? [[String: Any]])?.first)
        #expect(record["recomputed_score"] as? Int == 89)
        #expect(record["budget_adjusted"] == nil, "a figure not stated is left out, not 0")
        for path in site.files() {
            let text = String(decoding: try Data(contentsOf: site.output.appendingPathComponent(path)), as: UTF8.self)
            #expect(!text.contains("13912345678"), "\(path)")
        }
    }
}
