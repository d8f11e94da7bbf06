import Foundation
import Testing
@testable import Gongkai

/// The values the builder derives from what a record states.
@Suite struct DerivedValueTests {
    func load(_ fields: String) throws -> Record {
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record(fields)])
        defer { fixture.remove() }
        return try #require(fixture.load().content?.units.first?.records.first)
    }

    @Test func amountsAreExactDecimals() throws {
        let record = try load("income: {total: 0.3, fiscal: 0.1, other: 0.2}\nbudget: {adjusted: 312.95}\n")
        #expect(record.budget?.adjusted?.description == "312.95")
        #expect(record.income!.fiscal! + record.income!.other! == record.income!.total!)
    }

    @Test func executionRateIsExecutedOverAdjusted() throws {
        let record = try load("budget: {adjusted: 300, executed: 297.5}\n")
        #expect(record.computedExecutionRate == Decimal(string: "99.1667"))
        #expect(Format.percent(record.executionRate!) == "99.2%")
    }

    @Test func noExecutionRateWithoutABudget() throws {
        #expect(try load("budget: {adjusted: 0, executed: 0}\n").computedExecutionRate == nil)
        #expect(try load("budget: {executed: 5}\n").executionRate == nil)
    }

    @Test func recomputedTotalGradeAndSubtotals() throws {
        let record = try load("""
            score: 99
            indicators:
              - {level1: 预算执行, name: 执行率, weight: 10, score: 9}
              - {level1: 产出指标, name: 甲, weight: 30, score: 20}
              - {level1: 产出指标, name: 乙, weight: 20, score: 19.5}
              - {level1: 效益指标, name: 丙, weight: 30, score: 30}
              - {level1: 满意度指标, name: 丁, weight: 10, score: 10}

            """)
        #expect(record.recomputedScore == Decimal(string: "88.5"))
        #expect(record.recomputedGrade == .good)
        #expect(record.statedGrade == .excellent)
        #expect(record.recomputedDiffers)
        #expect(record.indicatorGroups.map(\.level1) == ["预算执行", "产出指标", "效益指标", "满意度指标"])
        #expect(record.indicatorGroups[1].weight == 50)
        #expect(record.recomputedOutOf == nil)
        #expect(record.indicatorGroups[1].score == Decimal(string: "39.5"))
    }

    @Test func anIncompleteIndicatorTableIsNotGraded() throws {
        let record = try load("""
            score: 99
            grade: 优秀
            indicators:
              - {level1: 产出指标, name: 甲, weight: 40, score: 40}
              - {level1: 效益指标, name: 乙, weight: 50, score: 49}

            """)
        #expect(record.recomputedScore == 89)
        #expect(record.recomputedOutOf == 90)
        #expect(record.recomputedGrade == nil, "89 of 90 is not 良好")
        #expect(record.recomputedDiffers)
    }

    @Test func aTableWeighingMoreThan100IsNotGradedEither() throws {
        let fixture = try ContentFixture(["content/units/demo/2023.md": ContentFixture.record("""
            score: 90
            indicators:
              - {level1: 产出指标, name: 甲, weight: 60, score: 55}
              - {level1: 效益指标, name: 乙, weight: 50, score: 45}

            """)])
        defer { fixture.remove() }
        let result = fixture.load()
        let record = try #require(result.content?.units.first?.records.first)
        #expect(record.recomputedOutOf == 110 && record.recomputedGrade == nil)
        #expect(result.diagnostics.map(\.description).contains(
            "content/units/demo/2023.md:5:8: warning: 绩效指标得分合计 100 分（各指标分值合计为 110 分），与填报的自评得分 90 分（“优秀”）不一致"))
    }

    @Test func noOutOfWithoutARecomputedScore() throws {
        let record = try load("indicators:\n  - {name: 甲, weight: 40, score: 40}\n  - {name: 乙, weight: 50}\n")
        #expect(record.recomputedScore == nil && record.recomputedOutOf == nil, "no '满分 90' beside a dash")
    }

    @Test(arguments: [
        (90 as Decimal, Grade.excellent), (89.99, .good), (80, .good), (79.99, .fair), (60, .fair), (59.5, .poor), (0, .poor),
    ])
    func gradeBands(_ score: Decimal, _ grade: Grade) {
        #expect(Grade(score: score) == grade)
    }

    @Test func 一般IsReadAs中() {
        #expect(Grade(reported: "一般") == .fair)
    }

    @Test(arguments: [
        ("≥800", "1050", nil, IndicatorStatus.met),
        ("≥95%", "90%", nil, .notMet),
        ("提升", "提升", nil, .qualitative),
        ("100%", "99.99%", nil, .notMet),
        ("100%", "100%", nil, .met),
        ("≥95%", "95", nil, .met),
        ("182.32万元", "312.95万元", "成本指标", .notMet),
        ("≤200万元", "180万元", nil, .met),
        ("2023年12月31日", "当年已完成", nil, .qualitative),
        ("完成12次", "完成", nil, .qualitative),
        ("＞2", "2", nil, .notMet),
        ("≥100人次", "120人次", nil, .met),
        ("不少于5人", "3人", nil, .notMet),
    ] as [(String, String, String?, IndicatorStatus)])
    func indicatorStatus(_ target: String, _ actual: String, _ level2: String?, _ expected: IndicatorStatus) {
        #expect(IndicatorStatus(target: target, actual: actual, level2: level2) == expected)
    }

    @Test func yearOnYearFromPreviousYearFigures() throws {
        let record = try load("income: {total: 826.94}\nprevious_year: {income: 278.12}\n")
        let change = try #require(record.yearOnYear().first)
        #expect(change.field == "income")
        #expect(change.change == Decimal(string: "548.82"))
        #expect(Format.percent(change.percent!) == "197.3%")
    }

    @Test func yearOnYearFromTheUnitsPreviousRecord() throws {
        let previous = try load("expenditure: {total: 100}\n")
        let record = try load("expenditure: {total: 120}\n")
        #expect(record.yearOnYear(previousRecord: previous).map(\.percent) == [20])
    }

    @Test func formattingOfAmountsAndPercentages() {
        #expect(Format.amount(1_234_567.5) == "1,234,567.50")
        #expect(Format.amount(Decimal(string: "-0.004")!) == "0.00")
        #expect(Format.amount(Decimal(string: "312.95")!) == "312.95")
        #expect(Format.percent(Decimal(string: "99.99")!) == "100.0%")
        #expect(Format.plain(Decimal(string: "89.50")!) == "89.5")
    }
}
