import Foundation
import Testing
@testable import Gongkai

/// Each defect FORMAT.md calls an error is refused with a message naming the file, line and field.
@Suite struct RecordErrorTests {
    static let cases: [(name: String, files: [String: String], expected: String)] = [
        ("unknown key with a suggestion",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 10\n  exectued: 5\n")],
         "content/units/demo/2023.md:7:3: error: unknown key 'exectued' in budget; did you mean 'executed'?"),
        ("a key written as its Chinese label",
         ["content/units/demo/2023.md": ContentFixture.record("得分: 95\n")],
         "content/units/demo/2023.md:5:1: error: unknown key '得分'; keys are written in English: did you mean 'score'（自评得分）?"),
        ("an unknown key with nothing near it",
         ["content/units/demo/2023.md": ContentFixture.record("remarks: 无\n")],
         "content/units/demo/2023.md:5:1: error: unknown key 'remarks'; the keys read here are: year, status, published_on, approved_on, prepared_on, title, withdrawn_note, conclusion, score, grade, staffing, budget, income, expenditure, previous_year, three_public, indicators, projects, figures, problems, measures, corrections, attachments, contact"),
        ("year differing from the file name",
         ["content/units/demo/2023.md": ContentFixture.record(year: 2022)],
         "content/units/demo/2023.md:2:7: error: year（评价年度） is 2022 but the file is named 2023.md; make them the same"),
        ("YAML syntax error",
         ["content/units/demo/2023.md": ContentFixture.record("budget: [1, 2\n")],
         "content/units/demo/2023.md:6:1: error: invalid YAML: did not find expected ',' or ']' (while parsing a flow sequence); check the indentation and quoting near here"),
        ("a full-width colon",
         ["content/units/demo/2023.md": ContentFixture.record("score：95\ngrade: 优秀\n")],
         "content/units/demo/2023.md:5:6: error: invalid YAML: '：' after 'score' is a full-width colon; write an ASCII colon and a space, as in 'score: …'"),
        ("indentation with the full-width space",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 10\n\u{3000}\u{3000}executed: 5\n")],
         "content/units/demo/2023.md:7:1: error: unknown key '　　executed': the line is indented with a full-width space '　'; indent with ASCII spaces"),
        ("a nested line indented with the full-width space",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 10\n\u{3000}\u{3000}executed: 5\n  execution_rate: 50\n")],
         "content/units/demo/2023.md:7:1: error: invalid YAML: the line is indented with a full-width space '　'; indent with ASCII spaces"),
        ("a tab after a list item holding a full-width colon",
         ["content/units/demo/2023.md": ContentFixture.record("problems:\n  - 措施：加强管理\n\t- 另一条\n")],
         "content/units/demo/2023.md:7:1: error: invalid YAML: found a tab character that violates indentation (while scanning a plain scalar); check the indentation and quoting near here"),
        ("a tab after prose indented with full-width spaces",
         ["content/units/demo/2023.md": ContentFixture.record("conclusion: |\n  　　本单位成绩显著。\n\tscore: 1\n")],
         "content/units/demo/2023.md:7:1: error: invalid YAML: found a tab character where an indentation space is expected (while scanning a block scalar); check the indentation and quoting near here"),
        ("a tab after a list item of an ASCII word and a full-width colon",
         ["content/units/demo/2023.md": ContentFixture.record("measures:\n  - KPI：达标\n\t- 另一条\n")],
         "content/units/demo/2023.md:7:1: error: invalid YAML: found a tab character that violates indentation (while scanning a plain scalar); check the indentation and quoting near here"),
        ("a target copied as >800",
         ["content/units/demo/2023.md": ContentFixture.record("indicators:\n  - name: 上稿\n    target: >800\n")],
         "content/units/demo/2023.md:7:13: error: invalid YAML: a value starting with '>' must be quoted; write target: \">800\""),
        ("negative amount",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  executed: -5\n")],
         "content/units/demo/2023.md:6:13: error: budget.executed（全年执行数） must not be negative, found -5"),
        ("score above its weight",
         ["content/units/demo/2023.md": ContentFixture.record("indicators:\n  - {name: 上稿, weight: 5, score: 6}\n")],
         "content/units/demo/2023.md:6:34: error: indicators[0].score（绩效指标第1项的得分） 6 is above its weight（分值） 5; a score cannot exceed its weight"),
        ("published without published_on",
         ["content/units/demo/2023.md": "---\nyear: 2023\nstatus: published\n---\n"],
         "content/units/demo/2023.md:3:9: error: published_on（公开日期） is required when status is published; add the date it was made public, e.g. published_on: 2024-08-20"),
        ("text where a number belongs",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 三百万\n")],
         "content/units/demo/2023.md:6:13: error: budget.adjusted（全年预算数） must be a number in 万元 such as 312.95, found '三百万'"),
        ("duplicate key",
         ["content/units/demo/2023.md": ContentFixture.record("score: 90\nscore: 95\n")],
         "content/units/demo/2023.md:6:1: error: duplicate key 'score', first written on line 5; each key may appear once in a mapping"),
        ("duplicate key in a nested mapping",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 10\n  executed: 5\n  executed: 6\n")],
         "content/units/demo/2023.md:8:3: error: duplicate key 'executed', first written on line 7; each key may appear once in a mapping"),
        ("duplicate key in a flow mapping",
         ["content/units/demo/2023.md": ContentFixture.record("budget: {adjusted: 10, adjusted: 11}\n")],
         "content/units/demo/2023.md:5:10: error: duplicate key 'adjusted'; each key may appear once in a mapping"),
        ("unknown status",
         ["content/units/demo/2023.md": "---\nyear: 2023\nstatus: publish\npublished_on: 2024-01-01\n---\n"],
         "content/units/demo/2023.md:3:9: error: status（公开状态） must be published, draft or withdrawn, found 'publish'"),
        ("attachment leaving files/",
         ["content/units/demo/2023.md": ContentFixture.record("attachments:\n  - {file: files/../../../site.yaml}\n")],
         "content/units/demo/2023.md:6:12: error: attachments[0].file（附件第1项的文件） 'files/../../../site.yaml' leaves the unit's files/ folder; attachments must be named files/<name>"),
        ("an attachment path with Windows separators",
         ["content/units/demo/2023.md": ContentFixture.record("attachments:\n  - {file: 'files\\自评表.pdf'}\n")],
         "content/units/demo/2023.md:6:12: error: attachments[0].file（附件第1项的文件） 'files\\自评表.pdf' separates folders with '\\'; write '/', as in files/自评表.pdf"),
        ("missing attachment",
         ["content/units/demo/2023.md": ContentFixture.record("attachments:\n  - {file: files/自评表.pdf}\n")],
         "content/units/demo/2023.md:6:12: error: attachments[0].file（附件第1项的文件） 'files/自评表.pdf' does not exist; put the file in units/demo/files/ or fix the name"),
        ("unit.yaml without name",
         ["content/units/demo/unit.yaml": "region: [湖南省]\n"],
         "content/units/demo/unit.yaml:1:1: error: name（名称） is required; add a line such as 'name: 衡阳市雁峰区财政局'"),
        ("a unit folder without unit.yaml",
         ["content/units/other/2023.md": ContentFixture.record()],
         "content/units/other/unit.yaml: error: unit.yaml is missing; every unit folder needs one with at least name and region"),
        ("an empty unit.yaml",
         ["content/units/demo/unit.yaml": " \n"],
         "content/units/demo/unit.yaml: error: file is empty; it needs at least name and region"),
        ("a record without status",
         ["content/units/demo/2023.md": "---\nyear: 2023\n---\n"],
         "content/units/demo/2023.md:2:1: error: status（公开状态） is required; add a line such as 'status: published (or draft, withdrawn)'"),
        ("unit id with capitals and underscores",
         ["content/units/Bad_Unit/unit.yaml": ContentFixture.unit],
         "content/units/Bad_Unit: error: unit id 'Bad_Unit' must be 1–64 characters of a-z, 0-9 and '-', not starting or ending with '-'; rename the folder, e.g. 'bad-unit'"),
        ("stray file in a unit folder",
         ["content/units/demo/2024.md.bak": "old"],
         "content/units/demo/2024.md.bak: error: unexpected file in a unit folder; a unit folder holds only unit.yaml, <year>.md records and files/. Rename or remove it"),
        ("a year with a leading zero in a file name, which would make a second record for the year",
         ["content/units/demo/02023.md": ContentFixture.record(year: 2023)],
         "content/units/demo/02023.md: error: a record file is named after its year without leading zeros; rename it to 2023.md"),
        ("a year out of range in a file name",
         ["content/units/demo/99999.md": ContentFixture.record(year: 2023)],
         "content/units/demo/99999.md: error: year 99999 is outside 1990–2100; name the file after the fiscal year evaluated"),
        ("an empty record",
         ["content/units/demo/2023.md": ""],
         "content/units/demo/2023.md:1:1: error: file is empty; a record starts with a '---' line, its fields, another '---' line, then the narrative"),
        ("front matter never closed",
         ["content/units/demo/2023.md": "---\nyear: 2023\nstatus: draft\n"],
         "content/units/demo/2023.md:1:1: error: the front matter is never closed; add a line '---' after the last field"),
        ("an exponent",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 1e400\n")],
         "content/units/demo/2023.md:6:13: error: budget.adjusted（全年预算数） must be a number in 万元 such as 312.95, found '1e400'"),
        ("a 40-digit amount",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 1234567890123456789012345678901234567890\n")],
         "content/units/demo/2023.md:6:13: error: budget.adjusted（全年预算数） '1234567890123456789012345678901234567890' has more digits than any real figure (at most 15 before the decimal point and 6 after); check the value"),
        ("not a number",
         ["content/units/demo/2023.md": ContentFixture.record("score: .nan\n")],
         "content/units/demo/2023.md:5:8: error: score（自评得分） must be a number such as 95, found '.nan'"),
        ("a score over 100",
         ["content/units/demo/2023.md": ContentFixture.record("score: 101\n")],
         "content/units/demo/2023.md:5:8: error: score（自评得分） must be between 0 and 100, found 101"),
        ("withdrawn without a reason",
         ["content/units/demo/2023.md": "---\nyear: 2023\nstatus: withdrawn\npublished_on: 2024-01-01\n---\n"],
         "content/units/demo/2023.md:3:9: error: withdrawn_note（撤回说明） is required when status is withdrawn; say why the record was withdrawn"),
        ("an impossible date",
         ["content/units/demo/2023.md": "---\nyear: 2023\nstatus: published\npublished_on: 2024-02-30\n---\n"],
         "content/units/demo/2023.md:4:15: error: published_on（公开日期） is not a day of the calendar; check the month and the day, found '2024-02-30'"),
        ("a date with a sign in its month",
         ["content/units/demo/2023.md": "---\nyear: 2023\nstatus: published\npublished_on: 2024-+8-20\n---\n"],
         "content/units/demo/2023.md:4:15: error: published_on（公开日期） must be a date written YYYY-MM-DD, such as 2024-08-20, found '2024-+8-20'"),
        ("a date written the Chinese way",
         ["content/units/demo/2023.md": "---\nyear: 2023\nstatus: published\npublished_on: 2024年8月20日\n---\n"],
         "content/units/demo/2023.md:4:15: error: published_on（公开日期） must be a date written YYYY-MM-DD, such as 2024-08-20, found '2024年8月20日'"),
        ("a year with 年",
         ["content/units/demo/2023.md": "---\nyear: 2023年\nstatus: draft\n---\n"],
         "content/units/demo/2023.md:2:7: error: year（评价年度） must be a number such as 2023, found '2023年'; write the number without '年'"),
        ("an amount with separators and its unit",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 1,234万元\n")],
         "content/units/demo/2023.md:6:13: error: budget.adjusted（全年预算数） must be a number in 万元 such as 312.95, found '1,234万元'; remove the thousands separators and write the number without '万元'"),
        ("an amount with its unit",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 185.32万元\n")],
         "content/units/demo/2023.md:6:13: error: budget.adjusted（全年预算数） must be a number in 万元 such as 312.95, found '185.32万元'; write the number without '万元'"),
        ("a rate with a percent sign",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  execution_rate: 100%\n")],
         "content/units/demo/2023.md:6:19: error: budget.execution_rate（预算执行率） must be a number in % such as 99.5, found '100%'; write the number without '%'"),
        ("thousands separators",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: 1,312.95\n")],
         "content/units/demo/2023.md:6:13: error: budget.adjusted（全年预算数） must be a number in 万元 such as 312.95, found '1,312.95'; remove the thousands separators"),
        ("full-width digits",
         ["content/units/demo/2023.md": ContentFixture.record("budget:\n  adjusted: １８５.３２\n")],
         "content/units/demo/2023.md:6:13: error: budget.adjusted（全年预算数） must be a number in 万元 such as 312.95, found '１８５.３２'; write it with half-width digits (0-9 and .), not full-width ones"),
        ("site.yaml without base_url",
         ["content/site.yaml": "title: 测试\n"],
         "content/site.yaml:1:1: error: base_url（网站地址） is required; add a line such as 'base_url: https://czj.example.gov.cn/jxgk/'"),
    ]

    @Test(arguments: cases.indices)
    func refusedWithExactMessage(_ index: Int) throws {
        let (name, files, expected) = Self.cases[index]
        let fixture = try ContentFixture(files)
        defer { fixture.remove() }
        let result = fixture.load()
        #expect(result.content == nil, "\(name): the content must be refused")
        #expect(result.diagnostics.errors.map(\.description) == [expected], "\(name)")
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func invalidUTF8NamesTheLine(_ lineBreak: String) throws {
        let lines = ["---", "year: 2023", "status: draft", "title: "].joined(separator: lineBreak)
        let bytes = Array(lines.utf8) + [0xFF, 0xFE] + Array("\(lineBreak)---\(lineBreak)".utf8)
        let fixture = try ContentFixture(bytes: ["content/units/demo/2023.md": bytes])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == ["content/units/demo/2023.md:4:1: error: is not valid UTF-8 (at line 4); save it as UTF-8"])
    }

    @Test func nulBytesAreRefused() throws {
        let bytes = Array("---\nyear: 2023\n".utf8) + [0] + Array("status: draft\n---\n".utf8)
        let fixture = try ContentFixture(bytes: ["content/units/demo/2023.md": bytes])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == ["content/units/demo/2023.md:3:1: error: holds a NUL byte; save the file as plain UTF-8 text"])
    }

    @Test func utf16IsNamedAsSuch() throws {
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in ContentFixture.record().utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        let fixture = try ContentFixture(bytes: ["content/units/demo/2023.md": bytes])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == ["content/units/demo/2023.md:1:1: error: is saved as UTF-16 (what Windows Notepad calls Unicode); save it as UTF-8"])
    }

    @Test func everyErrorIsCollectedNotOnlyTheFirst() throws {
        let fixture = try ContentFixture([
            "content/units/demo/2023.md": ContentFixture.record("budget:\n  initial: -1\n  executed: abc\nscroe: 5\n"),
            "content/units/demo/notes.txt": "x",
        ])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == [
            "content/units/demo/2023.md:6:12: error: budget.initial（年初预算数） must not be negative, found -1",
            "content/units/demo/2023.md:7:13: error: budget.executed（全年执行数） must be a number in 万元 such as 312.95, found 'abc'",
            "content/units/demo/2023.md:8:1: error: unknown key 'scroe'; did you mean 'score'?",
            "content/units/demo/notes.txt: error: unexpected file in a unit folder; a unit folder holds only unit.yaml, <year>.md records and files/. Rename or remove it",
        ])
    }

    @Test func filesThatWindowsAndOfficeLeaveInFoldersArePassedOver() throws {
        let fixture = try ContentFixture([
            "content/units/Thumbs.db": "x",
            "content/units/~$说明.docx": "x",
            "content/units/demo/THUMBS.DB": "x",
            "content/units/demo/ehthumbs.db": "x",
            "content/units/demo/Desktop.ini": "x",
            "content/units/demo/~$2023.docx": "x",
            "content/units/demo/.DS_Store": "x",
            "content/units/demo/~2023.md": "x",
            "content/units/demo/desktop.ini/note.txt": "x",
        ])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == [
            "content/units/demo/desktop.ini: error: unexpected folder in a unit folder; a unit folder holds only unit.yaml, <year>.md records and files/. Rename or remove it",
            "content/units/demo/~2023.md: error: unexpected file in a unit folder; a unit folder holds only unit.yaml, <year>.md records and files/. Rename or remove it",
        ], "only files that programs leave behind")
    }

    @Test func symbolicLinkedUnitFolderIsRefused() throws {
        let fixture = try ContentFixture()
        defer { fixture.remove() }
        try FileManager.default.createSymbolicLink(atPath: fixture.content.appendingPathComponent("units/elsewhere").path,
                                                   withDestinationPath: "/etc")
        #expect(fixture.diagnostics() == ["content/units/elsewhere: error: is a symbolic link; Gongkai does not follow links, so move the unit's folder into units/"])
    }

    @Test func billionLaughsIsBounded() throws {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<9 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            yaml += "a\(level): &a\(level) [\(refs)]\n"
        }
        let fixture = try ContentFixture(["content/units/demo/2023.md": "---\nyear: 2023\nstatus: draft\n\(yaml)---\n"])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == ["content/units/demo/2023.md: error: YAML holds more than 50000 values once aliases (*name) are expanded; write the values out instead of repeating aliases"])
    }
}
