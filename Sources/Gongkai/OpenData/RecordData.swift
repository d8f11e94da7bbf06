import Foundation

/// A public record as the open data publishes it: every stated figure, and beside it what the figures imply.
///
/// A figure the record does not state is left out of the JSON and left empty in CSV, never written as 0.
struct RecordData: Encodable, Sendable {
    struct Amounts: Encodable, Sendable {
        var total, reception, vehiclePurchase, vehicleOperation, overseas: Decimal?
        enum CodingKeys: String, CodingKey {
            case total, reception, overseas
            case vehiclePurchase = "vehicle_purchase", vehicleOperation = "vehicle_operation"
        }
    }

    struct IndicatorData: Encodable, Sendable {
        var level1, level2, name, target, actual, note: String?
        var weight, score: Decimal?
        var status: String
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

    enum CodingKeys: String, CodingKey {
        case unitID = "unit_id", unitName = "unit_name", region, year, status, publishedOn = "published_on"
        case preparedOn = "prepared_on", approvedOn = "approved_on", title, withdrawnNote = "withdrawn_note", score, grade
        case recomputedScore = "recomputed_score", recomputedGrade = "recomputed_grade"
        case budgetInitial = "budget_initial", budgetAdjusted = "budget_adjusted", budgetExecuted = "budget_executed"
        case executionRate = "execution_rate", executionRateStated = "execution_rate_stated"
        case incomeTotal = "income_total", incomeFiscal = "income_fiscal", incomeOther = "income_other"
        case expenditureTotal = "expenditure_total", expenditureBasic = "expenditure_basic"
        case expenditurePersonnel = "expenditure_personnel", expenditurePublic = "expenditure_public"
        case expenditureProject = "expenditure_project", threePublicBudget = "three_public_budget"
        case threePublicActual = "three_public_actual", indicators, warnings, url
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

/// The envelope of every JSON file: what the numbers are, so a reader needs no other document.
struct DataEnvelope<Payload: Encodable>: Encodable {
    var format = "gongkai-records"
    var version = 1
    var currency = "CNY"
    var scale = 10000
    var unit = "万元"
    var documentation: String
    var records: Payload
}
