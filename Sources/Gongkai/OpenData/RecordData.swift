import Foundation

/// A public record as the open data publishes it: every stated figure, and beside it what the figures imply.
///
/// A figure the record does not state is left out of the JSON and left empty in CSV, never written as 0.
struct RecordData: Sendable {
    struct Amounts: Sendable {
        var total, reception, vehiclePurchase, vehicleOperation, overseas: Decimal?

        var json: CanonicalJSON {
            .object(omittingNil: ["total": .optional(total), "reception": .optional(reception),
                                  "vehicle_purchase": .optional(vehiclePurchase),
                                  "vehicle_operation": .optional(vehicleOperation), "overseas": .optional(overseas)])
        }
    }

    struct IndicatorData: Sendable {
        var level1, level2, name, target, actual, note: String?
        var weight, score: Decimal?
        var status: String

        var json: CanonicalJSON {
            .object(omittingNil: ["level1": .optional(level1), "level2": .optional(level2), "name": .optional(name),
                                  "target": .optional(target), "actual": .optional(actual), "note": .optional(note),
                                  "weight": .optional(weight), "score": .optional(score), "status": .string(status)])
        }
    }

    var unitID: String
    var unitName: String
    var region: [String]
    var year: Int
    var status: String
    var publishedOn, preparedOn, approvedOn: String?
    var title: String
    var withdrawnNote: String?
    var score: Decimal?
    var grade: String?
    var recomputedScore: Decimal?
    var recomputedGrade: String?
    var budgetInitial, budgetAdjusted, budgetExecuted: Decimal?
    var executionRate: Decimal?
    var executionRateStated: Decimal?
    var incomeTotal, incomeFiscal, incomeOther: Decimal?
    var expenditureTotal, expenditureBasic, expenditurePersonnel, expenditurePublic, expenditureProject: Decimal?
    var threePublicBudget: Amounts?
    var threePublicActual: Amounts?
    var indicators: [IndicatorData]
    var warnings: [String]
    var url: String

    /// The record as one JSON object, its keys in snake case; a value the record lacks is left out.
    var json: CanonicalJSON {
        .object(omittingNil: [
            "unit_id": .string(unitID), "unit_name": .string(unitName), "region": .array(region.map { .string($0) }),
            "year": .int(year), "status": .string(status), "published_on": .optional(publishedOn),
            "prepared_on": .optional(preparedOn), "approved_on": .optional(approvedOn), "title": .string(title),
            "withdrawn_note": .optional(withdrawnNote), "score": .optional(score), "grade": .optional(grade),
            "recomputed_score": .optional(recomputedScore), "recomputed_grade": .optional(recomputedGrade),
            "budget_initial": .optional(budgetInitial), "budget_adjusted": .optional(budgetAdjusted),
            "budget_executed": .optional(budgetExecuted), "execution_rate": .optional(executionRate),
            "execution_rate_stated": .optional(executionRateStated), "income_total": .optional(incomeTotal),
            "income_fiscal": .optional(incomeFiscal), "income_other": .optional(incomeOther),
            "expenditure_total": .optional(expenditureTotal), "expenditure_basic": .optional(expenditureBasic),
            "expenditure_personnel": .optional(expenditurePersonnel), "expenditure_public": .optional(expenditurePublic),
            "expenditure_project": .optional(expenditureProject), "three_public_budget": threePublicBudget?.json,
            "three_public_actual": threePublicActual?.json, "indicators": .array(indicators.map(\.json)),
            "warnings": .array(warnings.map { .string($0) }), "url": .string(url),
        ])
    }

    init(_ entry: SiteModel.Entry, links: Links) {
        let record = entry.record, unit = entry.unit.unit
        unitID = unit.id
        unitName = unit.name
        region = unit.region
        year = record.year
        status = record.status.rawValue
        publishedOn = record.publishedOn?.description
        preparedOn = record.preparedOn?.description
        approvedOn = record.approvedOn?.description
        title = record.displayTitle(unitName: unit.name)
        withdrawnNote = record.withdrawnNote
        score = record.score
        grade = record.statedGrade?.rawValue
        recomputedScore = record.recomputedScore
        recomputedGrade = record.recomputedGrade?.rawValue
        budgetInitial = record.budget?.initial
        budgetAdjusted = record.budget?.adjusted
        budgetExecuted = record.budget?.executed
        executionRate = record.computedExecutionRate?.rounded(places: 2)
        executionRateStated = record.budget?.executionRate
        incomeTotal = record.income?.total
        incomeFiscal = record.income?.fiscal
        incomeOther = record.income?.other
        expenditureTotal = record.expenditure?.total
        expenditureBasic = record.expenditure?.basic?.total
        expenditurePersonnel = record.expenditure?.basic?.personnel
        expenditurePublic = record.expenditure?.basic?.publicFunds
        expenditureProject = record.expenditure?.project
        threePublicBudget = record.threePublic?.budget.map(Self.amounts)
        threePublicActual = record.threePublic?.actual.map(Self.amounts)
        indicators = record.indicators.map {
            IndicatorData(level1: $0.level1, level2: $0.level2, name: $0.name, target: $0.target, actual: $0.actual,
                          note: $0.note, weight: $0.weight, score: $0.score, status: $0.status.rawValue)
        }
        warnings = entry.warnings.map(\.message)
        url = links.absolute(Links.record(unit.id, record.year))
    }

    static func amounts(_ a: ThreePublicAmounts) -> Amounts {
        Amounts(total: a.total, reception: a.reception, vehiclePurchase: a.vehiclePurchase, vehicleOperation: a.vehicleOperation,
                overseas: a.overseas)
    }
}
