import Foundation

/// A public record as the open data publishes it: every stated figure, and beside it what the figures imply.
///
/// A figure the record does not state is left out of the JSON and left empty in CSV, never written as 0.
struct RecordData: Sendable {
    struct Amounts: Sendable {
        var total, reception, vehiclePurchase, vehicleOperation, overseas: Decimal?

        var json: CanonicalJSON {
            .object(omittingNil: ["total": .ifPresent(total), "reception": .ifPresent(reception),
                                  "vehicle_purchase": .ifPresent(vehiclePurchase),
                                  "vehicle_operation": .ifPresent(vehicleOperation), "overseas": .ifPresent(overseas)])
        }
    }

    struct IndicatorData: Sendable {
        var level1, level2, name, target, actual, note: String?
        var weight, score: Decimal?
        var status: String

        var json: CanonicalJSON {
            .object(omittingNil: ["level1": .ifPresent(level1), "level2": .ifPresent(level2), "name": .ifPresent(name),
                                  "target": .ifPresent(target), "actual": .ifPresent(actual), "note": .ifPresent(note),
                                  "weight": .ifPresent(weight), "score": .ifPresent(score), "status": .string(status)])
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
            "year": .int(year), "status": .string(status), "published_on": .ifPresent(publishedOn),
            "prepared_on": .ifPresent(preparedOn), "approved_on": .ifPresent(approvedOn), "title": .string(title),
            "withdrawn_note": .ifPresent(withdrawnNote), "score": .ifPresent(score), "grade": .ifPresent(grade),
            "recomputed_score": .ifPresent(recomputedScore), "recomputed_grade": .ifPresent(recomputedGrade),
            "budget_initial": .ifPresent(budgetInitial), "budget_adjusted": .ifPresent(budgetAdjusted),
            "budget_executed": .ifPresent(budgetExecuted), "execution_rate": .ifPresent(executionRate),
            "execution_rate_stated": .ifPresent(executionRateStated), "income_total": .ifPresent(incomeTotal),
            "income_fiscal": .ifPresent(incomeFiscal), "income_other": .ifPresent(incomeOther),
            "expenditure_total": .ifPresent(expenditureTotal), "expenditure_basic": .ifPresent(expenditureBasic),
            "expenditure_personnel": .ifPresent(expenditurePersonnel),
            "expenditure_public": .ifPresent(expenditurePublic),
            "expenditure_project": .ifPresent(expenditureProject), "three_public_budget": threePublicBudget?.json,
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
        warnings = entry.checks.map(\.message)
        url = links.absolute(Links.record(unit.id, record.year))
    }

    static func amounts(_ a: ThreePublicAmounts) -> Amounts {
        Amounts(total: a.total, reception: a.reception, vehiclePurchase: a.vehiclePurchase, vehicleOperation: a.vehicleOperation,
                overseas: a.overseas)
    }
}
