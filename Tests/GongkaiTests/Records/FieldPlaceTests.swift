import Testing
@testable import Gongkai

/// Pages name where in a report something stood as a reader would, counting from one and naming no key.
@Suite struct FieldPlaceTests {
    @Test(arguments: [
        ("title", "标题"),
        ("problems[0]", "存在的问题第1条"),
        ("measures[2]", "改进措施第3条"),
        ("indicators[4].target", "绩效指标第5项的年度指标值"),
        ("figures[0].label", "其他数据第1项的名称"),
        ("corrections[1].note", "更正说明第2条的更正内容"),
        ("divisions[1]", "内设机构第2项"),
        ("functions[0]", "主要职能第1条"),
        ("attachments[0].title", "附件第1项的标题"),
    ])
    func aReaderReadsWhereAFieldIs(_ path: String, _ place: String) {
        #expect(FieldLabels.place(path) == place)
    }

    @Test func aPathWithoutLabelsIsNamedAsItIs() {
        #expect(FieldLabels.place("unknown[0].thing") == "unknown[0].thing")
        #expect(FieldLabels.place("indicators[0].unknown") == "indicators[0].unknown")
    }

    @Test("an error names the key for the finance office, and the place as the report's reader counts it")
    func anErrorNamesBoth() {
        #expect(FieldLabels.describe("budget.executed") == "budget.executed（全年执行数）")
        #expect(FieldLabels.describe("indicators[2].score") == "indicators[2].score（绩效指标第3项的得分）")
        #expect(FieldLabels.describe("problems[0]") == "problems[0]（存在的问题第1条）")
    }
}
