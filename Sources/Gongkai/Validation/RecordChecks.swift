import Foundation

/// The arithmetic and consistency checks that real reports fail; each failure is a published warning.
struct RecordChecks {
    static let tolerance: Decimal = 0.01
    static let standardWeights: [String: Decimal] = ["预算执行": 10, "产出指标": 50, "效益指标": 30, "满意度指标": 10]

    let record: Record
    let sink: DiagnosticSink

    func run() {
        checkSums()
        checkExecution()
        checkIndicators()
        checkGrade()
        checkProjects()
        checkYears()
        checkThreePublicText()
        checkTimeliness()
    }

    private func warn(_ message: String, field: String) {
        sink.warning(message, at: sink.position(ofField: field), field: field)
    }

    private func amount(_ value: Decimal) -> String { Format.plain(value) }

    /// Warns when `total` differs from the sum of `parts` by more than 0.01 万元; checked only when every part is stated.
    private func sum(_ totalLabel: String, _ total: Decimal?, field: String, _ parts: [(String, Decimal?)]) {
        let stated = parts.compactMap { label, value in value.map { (label, $0) } }
        guard let total, stated.count == parts.count else { return }
        let partsSum = stated.map(\.1).reduce(0, +)
        guard (total - partsSum).absolute > RecordChecks.tolerance else { return }
        let terms = stated.map { "\($0.0) \(amount($0.1))" }.joined(separator: " + ")
        warn("\(totalLabel) \(amount(total)) 万元，但 \(terms) = \(amount(partsSum)) 万元，相差 \(Format.amount((total - partsSum).absolute)) 万元", field: field)
    }

    private func checkSums() {
        if let basic = record.expenditure?.basic {
            sum("基本支出", basic.total, field: "expenditure.basic.total", [("人员经费", basic.personnel), ("公用经费", basic.publicFunds)])
        }
        if let expenditure = record.expenditure {
            sum("支出合计", expenditure.total, field: "expenditure.total",
                [("基本支出", expenditure.basic?.total), ("项目支出", expenditure.project)])
        }
        if let income = record.income {
            sum("收入合计", income.total, field: "income.total", [("财政拨款收入", income.fiscal), ("其他收入", income.other)])
        }
        for (key, label, amounts) in [("budget", "“三公”经费预算合计", record.threePublic?.budget),
                                      ("actual", "“三公”经费实际合计", record.threePublic?.actual)] {
            guard let amounts else { continue }
            let parts = [("公务接待费", amounts.reception), ("公务用车购置费", amounts.vehiclePurchase),
                         ("公务用车运行费", amounts.vehicleOperation), ("因公出国（境）费", amounts.overseas)]
            guard parts.contains(where: { $0.1 != nil }) else { continue }
            sum(label, amounts.total, field: "three_public.\(key).total", parts)
        }
    }

    private func checkExecution() {
        guard let budget = record.budget else { return }
        if let stated = budget.executionRate, let computed = record.computedExecutionRate,
           (stated - computed).absolute >= RecordChecks.tolerance {
            warn("填报的预算执行率 \(amount(stated))% 与 全年执行数 ÷ 全年预算数 = \(amount(computed.rounded(places: 2)))% 不一致",
                 field: "budget.execution_rate")
        }
        if let executed = budget.executed, let adjusted = budget.adjusted, executed > adjusted {
            warn("全年执行数 \(amount(executed)) 万元 超过 全年预算数 \(amount(adjusted)) 万元", field: "budget.executed")
        }
    }

    private func checkIndicators() {
        guard !record.indicators.isEmpty else { return }
        if let weights = record.indicatorWeightTotal, weights != 100 {
            warn("绩效指标分值合计 \(amount(weights)) 分，不是 100 分", field: "indicators")
        }
        if let recomputed = record.recomputedScore, let score = record.score, (recomputed - score).absolute > RecordChecks.tolerance {
            let stated = record.statedGrade?.rawValue ?? Grade(score: score).rawValue
            let basis = record.recomputedGrade.map { "对应等次“\($0.rawValue)”" }
                ?? record.recomputedOutOf.map { "各指标分值合计为 \(amount($0)) 分" }
            warn("绩效指标得分合计 \(amount(recomputed)) 分\(basis.map { "（\($0)）" } ?? "")，与填报的自评得分 \(amount(score)) 分（“\(stated)”）不一致",
                 field: "score")
        }
        let groups = record.indicatorGroups
        let usesStandard = groups.contains { RecordChecks.standardWeights[$0.level1] != nil }
        guard usesStandard else { return }
        for group in groups {
            guard let standard = RecordChecks.standardWeights[group.level1], let weight = group.weight, weight != standard else { continue }
            let first = record.indicators.firstIndex { ($0.level1 ?? "其他") == group.level1 } ?? 0
            warn("\(group.level1)分值合计 \(amount(weight)) 分，标准为 \(amount(standard)) 分", field: "indicators[\(first)].weight")
        }
    }

    private func checkGrade() {
        guard let score = record.score, let grade = record.grade, Grade(score: score) != grade else { return }
        warn("自评得分 \(amount(score)) 分对应等次“\(Grade(score: score).rawValue)”，填报的等次为“\(grade.rawValue)”", field: "grade")
    }

    private func checkProjects() {
        let budgets = record.projects.compactMap(\.budget)
        guard !budgets.isEmpty, budgets.count == record.projects.count, let project = record.expenditure?.project else { return }
        let total = budgets.reduce(0, +)
        guard (total - project).absolute > RecordChecks.tolerance else { return }
        warn("各项目预算数合计 \(amount(total)) 万元，与项目支出 \(amount(project)) 万元不一致", field: "projects")
    }

    /// Warns where the title names another year (`2019年`), or the narrative another fiscal year (`2019年度`).
    private func checkYears() {
        if let title = record.title, let other = Self.years(in: title, suffix: "年").first(where: { $0 != record.year }) {
            warn("标题写的是 \(other) 年，而本报告的评价年度是 \(record.year) 年", field: "title")
        }
        if let other = Self.years(in: record.body, suffix: "年度").first(where: { $0 != record.year }) {
            sink.warning("正文提到“\(other)年度”，而本报告的评价年度是 \(record.year) 年度；请核对是否沿用了往年的文字",
                         at: bodyPosition(of: "\(other)年度"), field: "body")
        }
    }

    /// Warns where the narrative states the year's “三公” budget or actual total (`ThreePublicText`), and no
    /// figure it states for that total is the front matter's: a report's text and its table sometimes disagree, as
    /// the 2023 example's do.
    private func checkThreePublicText() {
        guard let threePublic = record.threePublic, ByteSearch.contains(record.body, "三公") else { return }
        let sentences = record.body.split(whereSeparator: { "。！？；\n".contains($0) })
        let written = sentences.flatMap { sentence in
            ThreePublicText.amounts(in: sentence, year: record.year).map { (amount: $0, at: sentence.startIndex) }
        }
        let totals: [(ThreePublicText.Kind, Decimal?, String)] = [
            (.budget, threePublic.budget?.total, "“三公”经费预算合计"),
            (.actual, threePublic.actual?.total, "“三公”经费实际合计"),
        ]
        for (kind, stated, field) in totals {
            let amounts = written.filter { $0.amount.kind == kind }
            guard let stated, let first = amounts.first,
                  !amounts.contains(where: { ($0.amount.value - stated).absolute <= RecordChecks.tolerance }) else { continue }
            sink.warning("正文写“三公”经费\(first.amount.name) \(first.amount.text) 万元，与填报的\(field) \(Format.amount(stated)) 万元不一致",
                         at: bodyPosition(at: first.at), field: "body")
        }
    }

    /// The line of the narrative that `index` of `record.body` is on, at its first column.
    private func bodyPosition(at index: String.Index) -> SourcePosition? {
        guard let start = sink.bodyLine else { return nil }
        return SourcePosition(line: start + record.body[..<index].utf8.count(where: { $0 == 0x0A }), column: 1)
    }

    private func bodyPosition(of needle: String) -> SourcePosition? {
        record.body.range(of: needle).flatMap { bodyPosition(at: $0.lowerBound) }
    }

    private func checkTimeliness() {
        guard let approved = record.approvedOn, let published = record.publishedOn else { return }
        let days = approved.days(until: published)
        if days > 20 {
            warn("公开日期 \(published) 在决算批复日期 \(approved) 之后 \(days) 天，超过预算法第十四条规定的 20 日", field: "published_on")
        }
    }

    /// Four-digit years from 1990 to 2100 written directly before `suffix`, not inside a longer number.
    static func years(in text: String, suffix: String) -> [Int] {
        let bytes = Array(text.utf8), needle = Array(suffix.utf8)
        guard needle.count > 0, bytes.count >= needle.count + 4 else { return [] }
        var years: [Int] = []
        var index = 4
        while index + needle.count <= bytes.count {
            defer { index += 1 }
            guard bytes[index] == needle[0], bytes[index..<index + needle.count].elementsEqual(needle) else { continue }
            let digits = bytes[(index - 4)..<index]
            guard digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), index == 4 || !(bytes[index - 5] >= 0x30 && bytes[index - 5] <= 0x39) else { continue }
            let year = digits.reduce(0) { $0 * 10 + Int($1 - 0x30) }
            if Limits.years.contains(year) { years.append(year) }
        }
        return years
    }

}
