import Foundation
import Testing
@testable import Gongkai

/// The consistency checks real reports fail are published as warnings, with the figures that disagree.
@Suite struct RecordWarningTests {
    static let cases: [(name: String, fields: String, expected: String)] = [
        ("basic expenditure parts",
         "expenditure:\n  basic: {total: 225.33, personnel: 211.82, public: 13.41}\n",
         "content/units/demo/2023.md:6:18: warning: 基本支出 225.33 万元，但 人员经费 211.82 + 公用经费 13.41 = 225.23 万元，相差 0.10 万元"),
        ("expenditure total",
         "expenditure:\n  total: 100\n  basic: {total: 60}\n  project: 30\n",
         "content/units/demo/2023.md:6:10: warning: 支出合计 100 万元，但 基本支出 60 + 项目支出 30 = 90 万元，相差 10.00 万元"),
        ("income total",
         "income: {total: 10, fiscal: 8, other: 1}\n",
         "content/units/demo/2023.md:5:17: warning: 收入合计 10 万元，但 财政拨款收入 8 + 其他收入 1 = 9 万元，相差 1.00 万元"),
        ("three public parts",
         "three_public:\n  actual: {total: 1, reception: 0.5, vehicle_purchase: 0, vehicle_operation: 0.2, overseas: 0}\n",
         "content/units/demo/2023.md:6:19: warning: “三公”经费实际合计 1 万元，但 公务接待费 0.5 + 公务用车购置费 0 + 公务用车运行费 0.2 + 因公出国（境）费 0 = 0.7 万元，相差 0.30 万元"),
        ("stated execution rate",
         "budget: {adjusted: 789.05, executed: 789.05, execution_rate: 99.99}\n",
         "content/units/demo/2023.md:5:62: warning: 填报的预算执行率 99.99% 与 全年执行数 ÷ 全年预算数 = 100% 不一致"),
        ("executed above budget",
         "budget: {adjusted: 10, executed: 12}\n",
         "content/units/demo/2023.md:5:34: warning: 全年执行数 12 万元 超过 全年预算数 10 万元"),
        ("grade disagreeing with score",
         "score: 85\ngrade: 优秀\n",
         "content/units/demo/2023.md:6:8: warning: 自评得分 85 分对应等次“良好”，填报的等次为“优秀”"),
        ("project budgets",
         "expenditure: {project: 50}\nprojects:\n  - {name: 甲, budget: 20}\n  - {name: 乙, budget: 20}\n",
         "content/units/demo/2023.md:7:3: warning: 各项目预算数合计 40 万元，与项目支出 50 万元不一致"),
        ("late publication",
         "approved_on: 2024-07-01\n",
         "content/units/demo/2023.md:4:15: warning: 公开日期 2024-08-20 在决算批复日期 2024-07-01 之后 50 天，超过预算法第十四条规定的 20 日"),
        ("title naming another year",
         "title: 某单位2022年部门整体支出绩效自评报告\n",
         "content/units/demo/2023.md:5:8: warning: 标题写的是 2022 年，而本报告的评价年度是 2023 年"),
        ("mobile number in a problem",
         "problems:\n  - 联系人电话13912345678。\n",
         "content/units/demo/2023.md:6:5: warning: 存在的问题第1条含有个人手机号码，已在所有公开内容中替换为［已隐去］"),
        ("mobile number in an indicator's note, named as a reader counts",
         "indicators:\n  - {name: 甲, weight: 10, score: 10}\n  - {name: 乙, weight: 90, score: 90, note: 联系13912345678}\n",
         "content/units/demo/2023.md:7:44: warning: 绩效指标第2项的偏差原因分析含有个人手机号码，已在所有公开内容中替换为［已隐去］"),
        ("ID number in a measure",
         "measures:\n  - 经办人身份证43050219900101123X。\n",
         "content/units/demo/2023.md:6:5: warning: 改进措施第1条含有身份证号码，已在所有公开内容中替换为［已隐去］"),
    ]

    @Test(arguments: cases.indices)
    func warnsWithTheFigures(_ index: Int) throws {
        let (name, fields, expected) = Self.cases[index]
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record(fields)])
        defer { fixture.remove() }
        let result = fixture.load()
        #expect(result.diagnostics.errors.isEmpty, "\(name): \(result.diagnostics)")
        #expect(result.diagnostics.warnings.map(\.description) == [expected], "\(name)")
        #expect(result.content != nil, "\(name): warnings must not stop the build")
    }

    @Test func indicatorWeightsAndScores() throws {
        let fields = """
            score: 99
            indicators:
              - {level1: 预算执行, name: 执行率, weight: 10, score: 9}
              - {level1: 产出指标, name: 数量, weight: 40, score: 40}
              - {level1: 效益指标, name: 效益, weight: 30, score: 30}
              - {level1: 满意度指标, name: 满意度, weight: 10, score: 10}

            """
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record(fields)])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == [
            "content/units/demo/2023.md:5:8: warning: 绩效指标得分合计 89 分（各指标分值合计为 90 分），与填报的自评得分 99 分（“优秀”）不一致",
            "content/units/demo/2023.md:7:3: warning: 绩效指标分值合计 90 分，不是 100 分",
            "content/units/demo/2023.md:8:38: warning: 产出指标分值合计 40 分，标准为 50 分",
        ])
    }

    @Test func indicatorSumsWaitForEveryPart() throws {
        let fields = """
            score: 99
            indicators:
              - {level1: 预算执行, name: 执行率, weight: 10, score: 9}
              - {level1: 产出指标, name: 数量, score: 40}
              - {level1: 产出指标, name: 质量, weight: 10}
              - {level1: 效益指标, name: 效益, weight: 30, score: 30}

            """
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record(fields)])
        defer { fixture.remove() }
        let result = fixture.load()
        #expect(result.diagnostics.map(\.description) == [])
        let record = try #require(result.content?.units.first?.records.first)
        #expect(record.indicatorWeightTotal == nil)
        #expect(record.recomputedScore == nil)
        #expect(!record.recomputedDiffers)
        #expect(record.indicatorGroups.map(\.weight) == [10, nil, 30])
        #expect(record.indicatorGroups.map(\.score) == [9, nil, 30])
    }

    /// The front matter these “三公” sentences are checked against: a budget of 0.30 万元, nothing spent.
    static let threePublic = "three_public:\n  budget: {total: 0.30}\n  actual: {total: 0}\n"

    @Test("a narrative stating another “三公” total than the front matter's is flagged on the sentence's line, quoting its words",
          arguments: [
              ("2023年“三公”经费年初预算数0万元（公务接待费0万元、出国（境）经费0万元），实际支出0万元。",
               ["正文写“三公”经费年初预算数 0 万元，与填报的“三公”经费预算合计 0.30 万元不一致"]),
              ("2023年“三公”经费预算数0.32万元，实际支出0万元。",
               ["正文写“三公”经费预算数 0.32 万元，与填报的“三公”经费预算合计 0.30 万元不一致"]),
              ("2023年“三公”经费预算0.30万元，支出0.30万元。",
               ["正文写“三公”经费支出 0.30 万元，与填报的“三公”经费实际合计 0.00 万元不一致"]),
              ("“三公”经费预算数**０．５**万元，实际支出为0万元。",
               ["正文写“三公”经费预算数 0.5 万元，与填报的“三公”经费预算合计 0.30 万元不一致"]),
          ])
    func narrativeStatingAnotherThreePublicTotal(_ sentence: String, _ expected: [String]) throws {
        let body = "## 三公经费\n\n\(sentence)\n"
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record(Self.threePublic, body: body)])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == expected.map { "content/units/demo/2023.md:12:1: warning: \($0)" })
    }

    @Test("“三公” figures stated as the front matter states them, or for something else, are not flagged",
          arguments: [
              "“三公”经费预算执行率100%，预算数为0.30万元，实际支出0万元。",
              "2023年“三公”经费年初预算数0万元，全年预算数0.30万元，实际支出0万元。",
              "2023年“三公”经费年初预算0万元，实际支出0万元，年中追加预算0.30万元。",
              "2023年“三公”经费预算数0.30万元（其中：公务接待费0.30万元，因公出国（境）费0万元），实际支出0万元。",
              "2023年“三公”经费支出0万元，比上年实际支出7.23万元减少7.23万元，下降100%。",
              "2023年“三公”经费预算0.30万元，比上年预算数7.23万元减少6.93万元。",
              "上年“三公”经费决算数7.23万元，本年“三公”经费决算数0万元，预算数0.30万元。",
              "2022年“三公”经费预算数7.23万元。2023年“三公”经费预算数0.30万元，实际支出0万元。",
              "2024年“三公”经费预算数0.50万元。",
              "2023年“三公”经费实际支出0万元，基本支出本年年初预算数81.32万元，全年预算数312.95万元。",
              "严格控制“三公”经费和会议费、培训费支出，全年预算数312.95万元，本年支出312.95万元。",
              "“三公”经费中，公务用车运行维护费预算数0.10万元、公务接待费预算数0.20万元，实际支出均为0万元。",
              "2023年“三公”经费、会议费、培训费预算数合计5.20万元。",
              "全面推行党务、政务、财务三公开，基本支出预算数81.32万元。",
              "2023年“三公”经费预算数3000元，实际支出0元。",
          ])
    func narrativeAgreeingWithTheThreePublicTotals(_ sentence: String) throws {
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record(Self.threePublic, body: "## 三公经费\n\n\(sentence)\n")])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == [])
    }

    @Test func narrativeNamingAnotherFiscalYear() throws {
        let body = "## 概述\n\n我办对2019年度部门整体支出进行了绩效自评。\n"
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record(body: body)])
        defer { fixture.remove() }
        #expect(fixture.diagnostics() == [
            "content/units/demo/2023.md:9:1: warning: 正文提到“2019年度”，而本报告的评价年度是 2023 年度；请核对是否沿用了往年的文字",
        ])
    }

    @Test(arguments: ["\r\n", "\r"])
    func windowsAndOldMacLineBreaksCountAsLines(_ lineBreak: String) throws {
        let body = "## 概述\n\n我办对2019年度部门整体支出进行了绩效自评。\n"
        let text = ContentFixture.record(body: body).replacingOccurrences(of: "\n", with: lineBreak)
        let fixture = try ContentFixture(["content/units/demo/2023.md": text])
        defer { fixture.remove() }
        let result = fixture.load()
        #expect(result.diagnostics.map(\.description) == [
            "content/units/demo/2023.md:9:1: warning: 正文提到“2019年度”，而本报告的评价年度是 2023 年度；请核对是否沿用了往年的文字",
        ])
        #expect(result.content?.units.first?.records.first?.body == "\n" + body)
    }

    @Test func personalNumbersAreHiddenInTheModel() throws {
        let body = "填表人：李阳，联系电话：18608492924。座机 0739-5123456，编号 123456789012。\n"
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record(body: body)])
        defer { fixture.remove() }
        let result = fixture.load()
        let record = try #require(result.content?.units.first?.records.first)
        #expect(record.body == "\n填表人：李阳，联系电话：［已隐去］。座机 0739-5123456，编号 123456789012。\n")
        #expect(result.diagnostics.map(\.description) == [
            "content/units/demo/2023.md:7:1: warning: 正文含有个人手机号码，已在所有公开内容中替换为［已隐去］",
        ])
    }

    @Test func theExampleReportsCheckWithTheirKnownFlaws() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../../content").standardized
        let result = ContentLoader.load(from: examples, displayPath: "content")
        #expect(result.diagnostics.errors.isEmpty)
        let warnings = result.diagnostics.warnings.map(\.description)
        #expect(warnings.contains("content/units/hengyang-yanfeng-xuanchuanbu/2024.md:18:12: warning: 基本支出 225.33 万元，但 人员经费 211.82 + 公用经费 13.41 = 225.23 万元，相差 0.10 万元"))
        #expect(warnings.contains("content/units/hengyang-yanfeng-xuanchuanbu/2024.md:7:8: warning: 绩效指标得分合计 89 分（各指标分值合计为 90 分），与填报的自评得分 99 分（“优秀”）不一致"))
        #expect(warnings.contains("content/units/hengyang-yanfeng-xuanchuanbu/2024.md:24:88: warning: 产出指标分值合计 40 分，标准为 50 分"))
        #expect(warnings.contains("content/units/hengyang-yanfeng-xuanchuanbu/2024.md:14:19: warning: 填报的预算执行率 99.99% 与 全年执行数 ÷ 全年预算数 = 100% 不一致"))
        #expect(warnings.contains("content/units/shaoyang-beita-rongmeiti/2023.md:86:1: warning: 正文含有个人手机号码，已在所有公开内容中替换为［已隐去］"))
        #expect(warnings.contains("content/units/hengyang-yanfeng-rongmeiti/2020.md:38:1: warning: 正文提到“2019年度”，而本报告的评价年度是 2020 年度；请核对是否沿用了往年的文字"))
        #expect(warnings.contains("content/units/shaoyang-beita-rongmeiti/2023.md:77:1: warning: 正文写“三公”经费年初预算数 0 万元，与填报的“三公”经费预算合计 0.30 万元不一致"))
    }
}
