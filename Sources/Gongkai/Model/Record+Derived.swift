import Foundation

/// The indicators of one 一级指标 with their subtotals.
public struct IndicatorGroup: Sendable, Hashable {
    public var level1: String
    public var indicators: [Indicator]
    public var weight: Decimal?
    public var score: Decimal?
}

/// One year-on-year comparison: last year's figure, this year's, and the change.
public struct YearOnYearChange: Sendable, Hashable {
    /// Every field a change can be for, in the order `Record.yearOnYear` lists them.
    public static let fields = ["income", "expenditure", "basic", "project", "three_public"]

    public var field: String
    public var previous: Decimal
    public var current: Decimal
    public var change: Decimal { current - previous }
    /// The change as a percentage of last year's figure; nil when last year's was zero.
    public var percent: Decimal? { previous.isZero ? nil : (change / previous * 100).rounded(places: 4) }
}

extension Record {
    /// 全年执行数 ÷ 全年预算数 of `budget` as a percentage, to four decimals.
    static func executionRate(of budget: Budget?) -> Decimal? {
        guard let executed = budget?.executed, let adjusted = budget?.adjusted, !adjusted.isZero else { return nil }
        return (executed / adjusted * 100).rounded(places: 4)
    }

    /// The execution rate to show: the computed one where it can be computed, else the one the report states.
    public var executionRate: Decimal? { computedExecutionRate ?? budget?.executionRate }

    /// The sum of `values`; nil when there are none or one is missing, as the sum of some parts is not the total.
    static func total(_ values: [Decimal?]) -> Decimal? {
        guard !values.isEmpty, !values.contains(nil) else { return nil }
        return values.reduce(0) { $0 + $1! }
    }

    /// The grade the recomputed score earns; nil unless the indicators' weights total 100, as the grades' bands are
    /// out of 100 and a table that lacks indicators cannot be graded by them.
    public var recomputedGrade: Grade? {
        guard let recomputedScore, indicatorWeightTotal == 100 else { return nil }
        return Grade(score: recomputedScore)
    }

    /// What the recomputed score is out of, where that is known and is not 100: the indicators' weight total.
    public var recomputedOutOf: Decimal? {
        guard recomputedScore != nil, let indicatorWeightTotal, indicatorWeightTotal != 100 else { return nil }
        return indicatorWeightTotal
    }

    /// The grade as reported, or the one the reported score earns where only the score is stated.
    public var statedGrade: Grade? { grade ?? score.map(Grade.init(score:)) }

    /// Whether the recomputed total or grade differs from what the report states.
    public var recomputedDiffers: Bool {
        guard let recomputedScore else { return false }
        if let score, score != recomputedScore { return true }
        if let statedGrade, let recomputedGrade, statedGrade != recomputedGrade { return true }
        return false
    }

    /// Indicators grouped by 一级指标 in the report's order, with weight and score subtotals.
    public var indicatorGroups: [IndicatorGroup] {
        var groups: [IndicatorGroup] = []
        for indicator in indicators {
            let level1 = indicator.level1 ?? "其他"
            if let index = groups.firstIndex(where: { $0.level1 == level1 }) {
                groups[index].indicators.append(indicator)
            } else {
                groups.append(IndicatorGroup(level1: level1, indicators: [indicator]))
            }
        }
        return groups.map { group in
            var group = group
            group.weight = Record.total(group.indicators.map(\.weight))
            group.score = Record.total(group.indicators.map(\.score))
            return group
        }
    }

    /// Year-on-year changes from `previous_year`, or from the unit's record for the year before where given.
    public func yearOnYear(previousRecord: Record? = nil) -> [YearOnYearChange] {
        let pairs: [(Decimal?, Decimal?)] = [
            (previousYear?.income ?? previousRecord?.income?.total, income?.total),
            (previousYear?.expenditure ?? previousRecord?.expenditure?.total, expenditure?.total),
            (previousYear?.basic ?? previousRecord?.expenditure?.basic?.total, expenditure?.basic?.total),
            (previousYear?.project ?? previousRecord?.expenditure?.project, expenditure?.project),
            (previousYear?.threePublic ?? previousRecord?.threePublic?.actual?.effectiveTotal, threePublic?.actual?.effectiveTotal),
        ]
        return zip(YearOnYearChange.fields, pairs).compactMap { field, pair in
            let (previous, current) = pair
            guard let previous, let current else { return nil }
            return YearOnYearChange(field: field, previous: previous, current: current)
        }
    }

    /// The record's title, or the default built from the unit's name.
    public func displayTitle(unitName: String) -> String {
        title ?? "\(unitName)\(year)年度部门整体支出绩效自评报告"
    }
}

extension Indicator {
    public var status: IndicatorStatus { IndicatorStatus(target: target, actual: actual, level2: level2) }
}
