import Foundation

/// The disclosure page of one record: everything it states, in the order a reader needs it.
struct RecordPage {
    let model: SiteModel
    let entry: SiteModel.Entry
    /// The theme's words for table cells the builder fills in.
    let strings: ThemeStrings

    var path: String { Links.record(entry) }

    func context() -> [String: Any] {
        let unit = entry.unit.unit
        let record = entry.record
        let links = model.links
        let title = record.displayTitle(unitName: unit.name)
        var c = PageContext.common(model, path: path, title: title, section: "units")
        c["title"] = title
        c["unitName"] = unit.name
        c["unitURL"] = links.href(Links.unit(unit.id))
        c["region"] = PageContext.regionText(unit)
        c["year"] = record.year
        c["yearURL"] = links.href(Links.year(record.year))
        c["publishedOn"] = record.publishedOn?.description ?? PageContext.dash
        c["preparedOn"] = record.preparedOn?.description ?? PageContext.dash
        if let approved = record.approvedOn { c["approvedOn"] = approved.description }
        c["score"] = PageContext.plain(record.score)
        if record.score != nil { c["hasScore"] = true }
        c["grade"] = record.statedGrade?.rawValue ?? PageContext.dash
        if record.statedGrade != nil { c["hasGrade"] = true }
        if record.grade == nil, record.score != nil { c["gradeFromScore"] = true }
        if record.recomputedDiffers {
            // Every key is set, false where absent, so a section never finds the stated grade further up.
            c["recomputed"] = ["score": PageContext.plain(record.recomputedScore),
                               "grade": record.recomputedGrade?.rawValue ?? false,
                               "outOf": record.recomputedOutOf.map(Format.plain) ?? false] as [String: Any]
        }
        if record.status == .withdrawn { c["withdrawn"] = ["note": record.withdrawnNote ?? ""] }
        let warnings = entry.checks.map(\.message)
        if !warnings.isEmpty { c["warnings"] = warnings }
        let personalData = entry.personalDataNotes.map(\.message)
        if !personalData.isEmpty { c["personalData"] = personalData }
        if let conclusion = record.conclusion { c["conclusion"] = Markdown.inline(conclusion) }

        c["budget"] = budget(record)
        c["money"] = money(record)
        if let threePublic = record.threePublic { c["threePublic"] = threePublicRows(threePublic) }
        if let staffing = record.staffing {
            c["staffing"] = ["authorized": PageContext.plain(staffing.authorized), "actual": PageContext.plain(staffing.actual),
                             "retired": PageContext.plain(staffing.retired)]
        }
        let previous = entry.unit.records.last { $0.year == record.year - 1 && $0.isPublic }
        let changes = record.yearOnYear(previousRecord: previous)
        if !changes.isEmpty {
            c["yearOnYear"] = changes.map { change -> [String: Any] in
                var row: [String: Any] = [
                    "previous": Format.amount(change.previous), "current": Format.amount(change.current),
                    "change": Format.signedAmount(change.change), "percent": change.percent.map(Format.signedPercent) ?? PageContext.dash,
                ]
                row["field"] = strings["change_" + change.field]
                // Flags that record templates written before `field` test.
                for field in YearOnYearChange.fields { row["field_\(field)"] = field == change.field }
                return row
            }
        }
        if !record.indicators.isEmpty { c["indicators"] = indicators(record) }
        if !record.projects.isEmpty {
            c["projects"] = record.projects.map { project -> [String: Any] in
                var row: [String: Any] = ["name": PageContext.text(project.name), "budget": PageContext.amount(project.budget),
                                          "executed": PageContext.amount(project.executed), "score": PageContext.plain(project.score)]
                if let summary = project.summary { row["summary"] = Markdown.inline(summary) }
                return row
            }
        }
        if !record.figures.isEmpty {
            c["figures"] = record.figures.map { figure in
                let format = figure.unit == "万元" ? Format.amount : Format.plain
                return ["label": figure.label, "value": figure.value.map(format) ?? PageContext.dash, "unit": figure.unit ?? ""]
            }
        }
        if !record.problems.isEmpty { c["problems"] = record.problems.map(Markdown.inline) }
        if !record.measures.isEmpty { c["measures"] = record.measures.map(Markdown.inline) }
        let narrative = Markdown.narrative(record.body)
        if !narrative.html.isEmpty { c["narrative"] = narrative.html }
        if !narrative.sections.isEmpty { c["sections"] = narrative.sections.map { ["id": $0.id, "title": $0.title] } }
        if !record.corrections.isEmpty {
            c["corrections"] = record.corrections.map { ["date": $0.date.description, "note": Markdown.inline($0.note)] }
        }
        if !record.attachments.isEmpty {
            c["attachments"] = record.attachments.map { attachment -> [String: Any] in
                let name = String(attachment.file.split(separator: "/").last ?? "")
                return ["url": links.href(Links.unit(unit.id) + attachment.file), "title": attachment.title ?? name, "file": name]
            }
        }
        if model.site.publishContact, let contact = record.contact {
            c["contact"] = ["name": PageContext.text(contact.name), "phone": PageContext.text(contact.phone)]
        }
        let neighbours = entry.unit.publicRecords
        if let earlier = neighbours.last(where: { $0.year < record.year }) {
            c["previous"] = ["year": earlier.year, "url": links.href(Links.record(unit.id, earlier.year))]
        }
        if let later = neighbours.first(where: { $0.year > record.year }) {
            c["next"] = ["year": later.year, "url": links.href(Links.record(unit.id, later.year))]
        }
        c["recordJSON"] = links.href(Links.recordData(unit.id, record.year))
        return c
    }

    /// A status's CSS class, which also names its words in `strings.yaml`.
    ///
    /// The default template shows this one value rather than testing a flag per status: every lookup costs the
    /// template engine several dynamic casts, and an indicator table makes hundreds of them.
    private static func cssClass(_ status: IndicatorStatus) -> String {
        switch status {
        case .met: "met"
        case .notMet: "unmet"
        case .qualitative: "qual"
        }
    }

    private func budget(_ record: Record) -> [String: Any] {
        let budget = record.budget
        var values: [String: Any] = [
            "initial": PageContext.amount(budget?.initial), "adjusted": PageContext.amount(budget?.adjusted),
            "executed": PageContext.amount(budget?.executed), "rate": PageContext.percent(record.executionRate),
            "carryoverStart": PageContext.amount(budget?.carryoverStart), "carryoverEnd": PageContext.amount(budget?.carryoverEnd),
        ]
        if let stated = budget?.executionRate, let computed = record.computedExecutionRate,
           (stated - computed).absolute >= RecordChecks.tolerance {
            values["statedRate"] = Format.plain(stated) + "%"
        }
        return values
    }

    private func money(_ record: Record) -> [String: Any] {
        let income = record.income, expenditure = record.expenditure, fund = expenditure?.byFund
        var values: [String: Any] = [
            "incomeTotal": PageContext.amount(income?.total), "incomeFiscal": PageContext.amount(income?.fiscal),
            "incomeOther": PageContext.amount(income?.other),
            "total": PageContext.amount(expenditure?.total), "basic": PageContext.amount(expenditure?.basic?.total),
            "personnel": PageContext.amount(expenditure?.basic?.personnel), "public": PageContext.amount(expenditure?.basic?.publicFunds),
            "project": PageContext.amount(expenditure?.project),
        ]
        if let fund {
            values["byFund"] = ["generalPublic": PageContext.amount(fund.generalPublic), "governmentFund": PageContext.amount(fund.governmentFund),
                                "stateCapital": PageContext.amount(fund.stateCapital), "socialInsurance": PageContext.amount(fund.socialInsurance)]
        }
        return values
    }

    private func threePublicRows(_ threePublic: ThreePublic) -> [String: Any] {
        func pair(_ key: KeyPath<ThreePublicAmounts, Decimal?>) -> [String: Any] {
            ["budget": PageContext.amount(threePublic.budget?[keyPath: key]), "actual": PageContext.amount(threePublic.actual?[keyPath: key])]
        }
        return ["total": ["budget": PageContext.amount(threePublic.budget?.effectiveTotal),
                          "actual": PageContext.amount(threePublic.actual?.effectiveTotal)],
                "reception": pair(\.reception), "vehiclePurchase": pair(\.vehiclePurchase),
                "vehicleOperation": pair(\.vehicleOperation), "overseas": pair(\.overseas)]
    }

    private func indicators(_ record: Record) -> [String: Any] {
        let groups = record.indicatorGroups.map { group -> [String: Any] in
            [
                "level1": group.level1,
                "weight": PageContext.plain(group.weight),
                "score": PageContext.plain(group.score),
                "rows": group.indicators.map { indicator -> [String: Any] in
                    let status = indicator.status, statusClass = Self.cssClass(status)
                    var row: [String: Any] = [
                        "level2": PageContext.text(indicator.level2), "name": PageContext.text(indicator.name),
                        "target": PageContext.text(indicator.target), "actual": PageContext.text(indicator.actual),
                        "weight": PageContext.plain(indicator.weight), "score": PageContext.plain(indicator.score),
                        "status": status.rawValue, "statusClass": statusClass, "statusText": strings["status_" + statusClass],
                        // Flags that record templates written before `statusClass` test.
                        "status_met": status == .met, "status_notMet": status == .notMet, "status_qualitative": status == .qualitative,
                        "lost": indicator.weight.flatMap { weight in indicator.score.map { $0 < weight } } ?? false,
                    ]
                    // An absent key would be looked for in every enclosing context.
                    row["note"] = indicator.note ?? false
                    return row
                },
            ]
        }
        return ["groups": groups, "weight": PageContext.plain(record.indicatorWeightTotal),
                "score": PageContext.plain(record.recomputedScore)]
    }
}
