import Foundation
import Testing
@testable import Gongkai

/// Hostile or broken input gets a clear error, or builds when it is valid; nothing crashes or hangs.
@Suite struct HostileInputTests {
    @Test func aThirtyMegabyteRecordIsRefusedWithTheLimit() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let narrative = String(repeating: "很长的叙述。", count: 30 << 20 / 18)
        try fixture.write(Data(ContentFixture.record(body: narrative).utf8), to: "content/units/demo/2023.md")
        #expect(fixture.diagnostics() == ["content/units/demo/2023.md: error: file is larger than 16 MiB and is refused; move large originals to files/ as attachments"])
    }

    @Test func deeplyNestedMarkdownBuilds() throws {
        let fixture = try ContentFixture([
            "content/units/demo/2021.md": ContentFixture.record(year: 2021, body: String(repeating: "> ", count: 100_000) + "引用\n"),
            "content/units/demo/2022.md": ContentFixture.record(year: 2022, body: String(repeating: "- ", count: 100_000) + "列表\n"),
        ])
        defer { fixture.remove() }
        let (site, report) = try SiteFixture.build(fixture.content)
        defer { site.remove() }
        #expect(report.records == 3)
        #expect(try site.page("units/demo/2021/index.html").contains("引用"))
        #expect(try site.page("units/demo/2022/index.html").contains("列表"))
    }

    @Test func deeplyNestedYAMLIsRefusedBeforeParsing() throws {
        let list = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let block = (0..<200).map { String(repeating: " ", count: $0) + "- \n" }.joined()
        let fixture = try ContentFixture([
            "content/units/demo/2021.md": ContentFixture.record(year: 2021, "problems: \(list)\n"),
            "content/units/demo/2022.md": ContentFixture.record(year: 2022, "problems:\n\(block)"),
        ])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == [
            "content/units/demo/2021.md:5:1: error: YAML nests deeper than 16 levels; records need no more than 4",
            "content/units/demo/2022.md:133:1: error: YAML nests deeper than 16 levels; records need no more than 4",
        ])
    }

    @Test func aliasesAsKeysAreRefusedBeforeTheyCanExpand() throws {
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record("a: &a [x, x]\n*a : 1\n")])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == ["content/units/demo/2023.md:6:1: error: a YAML key must be plain text; keys written with '?' or as an alias (*name) are not read"])
    }

    @Test func fiveThousandIndicatorsAreRefusedWithTheLimit() throws {
        let indicators = (0..<5000).map { "  - {name: 指标\($0), weight: 0, score: 0}\n" }.joined()
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record("indicators:\n" + indicators)])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == ["content/units/demo/2023.md:6:3: error: indicators（绩效指标） has 5000 items; at most 2000 are read. Split the record or shorten the list"])
    }

    @Test(arguments: [
        ("score: .inf\n", "content/units/demo/2023.md:5:8: error: score（自评得分） must be a number such as 95, found '.inf'"),
        ("year2: 1\n", "content/units/demo/2023.md:5:1: error: unknown key 'year2'; did you mean 'year'?"),
        ("budget: {adjusted: -.inf}\n", "content/units/demo/2023.md:5:20: error: budget.adjusted（全年预算数） must be a number in 万元 such as 312.95, found '-.inf'"),
    ])
    func outOfRangeValues(_ fields: String, _ expected: String) throws {
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record(fields)])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == [expected])
    }

    @Test func aYearOutOfRangeInTheField() throws {
        let fixture = try ContentFixture(["content/units/demo/2023.md": "---\nyear: 99999\nstatus: draft\n---\n"])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == ["content/units/demo/2023.md:2:7: error: year（评价年度） must be between 1990 and 2100, found 99999"])
    }

    @Test func aUnitIDOverSixtyFourCharacters() throws {
        let id = String(repeating: "a", count: 65)
        let fixture = try ContentFixture(["content/units/\(id)/unit.yaml": ContentFixture.unit])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == ["content/units/\(id): error: unit id '\(id)' must be 1–64 characters of a-z, 0-9 and '-', not starting or ending with '-'; rename the folder, e.g. '\(String(repeating: "a", count: 64))'"])
    }

    @Test func aRecordPathThatIsAFolder() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        try FileManager.default.createDirectory(at: fixture.content.appendingPathComponent("units/demo/2024.md"), withIntermediateDirectories: true)
        #expect(fixture.diagnostics() == ["content/units/demo/2024.md: error: is a folder, but 2024.md must be a record file"])
    }

    @Test func anAttachmentLinkedOutOfTheTreeIsRefused() throws {
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record("attachments:\n  - {file: files/passwd}\n")])
        defer { fixture.remove() }
        let files = fixture.content.appendingPathComponent("units/demo/files")
        try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: files.appendingPathComponent("passwd").path, withDestinationPath: "/etc/passwd")
        #expect(fixture.diagnostics() == ["content/units/demo/2023.md:6:12: error: attachments[0].file（附件第1项的文件） 'files/passwd' is reached through a symbolic link; Gongkai does not follow links, so copy the file into files/"])
    }

    @Test func aUnitYAMLThatIsALinkIsRefusedOnce() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        let unitYAML = fixture.content.appendingPathComponent("units/demo/unit.yaml")
        try FileManager.default.moveItem(at: unitYAML, to: fixture.root.appendingPathComponent("unit.yaml"))
        try FileManager.default.createSymbolicLink(atPath: unitYAML.path, withDestinationPath: fixture.root.appendingPathComponent("unit.yaml").path)
        #expect(fixture.diagnostics() == ["content/units/demo/unit.yaml: error: is a symbolic link; Gongkai does not follow links, so copy the file into its folder"])
    }

    @Test func aRecordFileThatIsALinkIsRefused() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        try FileManager.default.createSymbolicLink(atPath: fixture.content.appendingPathComponent("units/demo/2024.md").path,
                                                   withDestinationPath: "/etc/hostname")
        #expect(fixture.diagnostics() == ["content/units/demo/2024.md: error: is a symbolic link; Gongkai does not follow links, so copy the file into the unit folder"])
    }

    @Test func controlAndBidiCharactersInNamesRenderHarmlessly() throws {
        let fixture = try ContentFixture(["content/units/demo/unit.yaml": "name: \"单位\\u202E名称\\u0007\"\nregion: [湖南省]\n"])
        defer { fixture.remove() }
        let (site, _) = try SiteFixture.build(fixture.content)
        defer { site.remove() }
        let html = try site.page("units/demo/index.html")
        #expect(html.contains("<h1>单位名称</h1>"))
    }

    @Test func everyPageCarriesAContentSecurityPolicyAndAReferrerPolicy() throws {
        let (site, _) = try SiteFixture.build(SiteFixture.examples)
        defer { site.remove() }
        for path in site.files() where path.hasSuffix(".html") {
            let html = try site.page(path)
            #expect(html.contains(#"<meta http-equiv="Content-Security-Policy" content="default-src 'self';"#), "\(path)")
            #expect(html.contains(#"<meta name="referrer" content="strict-origin-when-cross-origin">"#), "\(path)")
            #expect(!html.contains("src=\"http") && !html.contains("href=\"http://") , "\(path) asks for something from elsewhere")
        }
    }
}
