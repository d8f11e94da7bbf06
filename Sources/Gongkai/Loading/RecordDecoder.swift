import Foundation
import Yams

/// Reads the front matter of a `<year>.md` into a `Record`.
enum RecordDecoder {
    static let levels = 0...100 as ClosedRange<Decimal>

    static func decode(_ root: Node, unitID: String, fileYear: Int, sink: DiagnosticSink) -> Record? {
        guard let fields = YAMLMapping(root, path: "", sink: sink) else { return nil }
        defer { fields.finish() }

        let year = fields.integer("year", range: Limits.years, example: 2023, required: true)
        if let year, year != fileYear {
            sink.error("\(FieldLabels.describe("year")) is \(year) but the file is named \(fileYear).md; make them the same",
                       at: fields.position("year"), field: "year")
        }
        let statusText = fields.string("status", required: true, example: "status: published (or draft, withdrawn)")
        let status = statusText.flatMap(RecordStatus.init(rawValue:))
        if let statusText, status == nil {
            sink.error("\(FieldLabels.describe("status")) must be published, draft or withdrawn, found '\(statusText)'",
                       at: fields.position("status"), field: "status")
        }
        var record = Record(unitID: unitID, year: fileYear, status: status ?? .draft)
        record.publishedOn = fields.day("published_on")
        record.approvedOn = fields.day("approved_on")
        record.preparedOn = fields.day("prepared_on")
        record.title = fields.string("title")
        record.withdrawnNote = fields.string("withdrawn_note")
        record.conclusion = fields.string("conclusion")
        record.score = fields.decimal("score", unit: "", range: levels)
        if let gradeText = fields.string("grade") {
            record.grade = Grade(reported: gradeText)
            if record.grade == nil {
                sink.error("\(FieldLabels.describe("grade")) must be 优秀, 良好, 中 or 差, found '\(gradeText)'",
                           at: fields.position("grade"), field: "grade")
            }
        }
        if let status, status != .draft, record.publishedOn == nil, !fields.has("published_on") {
            sink.error("\(FieldLabels.describe("published_on")) is required when status is \(status.rawValue); add the date it was made public, e.g. published_on: 2024-08-20",
                       at: fields.position("status"), field: "published_on")
        }
        if status == .withdrawn, record.withdrawnNote == nil {
            sink.error("\(FieldLabels.describe("withdrawn_note")) is required when status is withdrawn; say why the record was withdrawn",
                       at: fields.position("status"), field: "withdrawn_note")
        }

        record.staffing = fields.mapping("staffing").map(staffing)
        record.budget = fields.mapping("budget").map(budget)
        record.income = fields.mapping("income").map { f in
            defer { f.finish() }
            return Income(total: f.decimal("total"), fiscal: f.decimal("fiscal"), other: f.decimal("other"))
        }
        record.expenditure = fields.mapping("expenditure").map(expenditure)
        record.previousYear = fields.mapping("previous_year").map { f in
            defer { f.finish() }
            return PreviousYear(income: f.decimal("income"), expenditure: f.decimal("expenditure"), basic: f.decimal("basic"),
                                project: f.decimal("project"), threePublic: f.decimal("three_public"))
        }
        record.threePublic = fields.mapping("three_public").map { f in
            defer { f.finish() }
            return ThreePublic(budget: f.mapping("budget").map(threePublicAmounts), actual: f.mapping("actual").map(threePublicAmounts))
        }
        record.indicators = fields.list("indicators", indicator)
        record.projects = fields.list("projects") { f in
            Project(name: f.string("name"), budget: f.decimal("budget"), executed: f.decimal("executed"),
                    score: f.decimal("score", unit: "", range: levels), summary: f.string("summary"))
        }
        record.figures = fields.list("figures") { f in
            let label = f.string("label", required: true)
            let value = f.decimal("value", unit: "", allowNegative: true)
            let unit = f.string("unit")
            return label.map { Figure(label: $0, value: value, unit: unit) }
        }
        record.problems = fields.strings("problems")
        record.measures = fields.strings("measures")
        record.corrections = fields.list("corrections") { f in
            let date = f.day("date")
            let note = f.string("note", required: true)
            if date == nil && !f.has("date") { f.missing("date") }
            guard let date, let note else { return nil }
            return Correction(date: date, note: note)
        }
        record.attachments = fields.list("attachments") { f in
            let file = f.string("file", required: true)
            let title = f.string("title")
            return file.map { Attachment(file: $0, title: title) }
        }
        record.contact = fields.mapping("contact").map { f in
            defer { f.finish() }
            return Contact(name: f.string("name"), phone: f.string("phone"))
        }
        return record
    }

    private static func staffing(_ f: YAMLMapping) -> Staffing {
        defer { f.finish() }
        return Staffing(authorized: f.decimal("authorized", unit: ""), actual: f.decimal("actual", unit: ""),
                        retired: f.decimal("retired", unit: ""))
    }

    private static func budget(_ f: YAMLMapping) -> Budget {
        defer { f.finish() }
        return Budget(initial: f.decimal("initial"), adjusted: f.decimal("adjusted"), executed: f.decimal("executed"),
                      executionRate: f.decimal("execution_rate", unit: "%", example: "99.5", range: 0...1000),
                      carryoverStart: f.decimal("carryover_start"), carryoverEnd: f.decimal("carryover_end"))
    }

    private static func expenditure(_ f: YAMLMapping) -> Expenditure {
        defer { f.finish() }
        let total = f.decimal("total")
        let basic = f.mapping("basic").map { b in
            defer { b.finish() }
            return BasicExpenditure(total: b.decimal("total"), personnel: b.decimal("personnel"), publicFunds: b.decimal("public"))
        }
        let project = f.decimal("project")
        let byFund = f.mapping("by_fund").map { b in
            defer { b.finish() }
            return FundBreakdown(generalPublic: b.decimal("general_public"), governmentFund: b.decimal("government_fund"),
                                 stateCapital: b.decimal("state_capital"), socialInsurance: b.decimal("social_insurance"))
        }
        return Expenditure(total: total, basic: basic, project: project, byFund: byFund)
    }

    private static func threePublicAmounts(_ f: YAMLMapping) -> ThreePublicAmounts {
        defer { f.finish() }
        return ThreePublicAmounts(total: f.decimal("total"), reception: f.decimal("reception"),
                                  vehiclePurchase: f.decimal("vehicle_purchase"),
                                  vehicleOperation: f.decimal("vehicle_operation"), overseas: f.decimal("overseas"))
    }

    private static func indicator(_ f: YAMLMapping) -> Indicator {
        let weight = f.decimal("weight", unit: "", range: levels)
        let score = f.decimal("score", unit: "", range: levels)
        if let weight, let score, score > weight {
            f.sink.error("\(FieldLabels.describe(f.fieldPath("score"))) \(Format.plain(score)) is above its weight（分值） \(Format.plain(weight)); a score cannot exceed its weight",
                         at: f.position("score"), field: f.fieldPath("score"))
        }
        return Indicator(level1: f.string("level1"), level2: f.string("level2"), name: f.string("name"),
                         target: f.string("target"), actual: f.string("actual"), weight: weight, score: score,
                         note: f.string("note"))
    }
}
