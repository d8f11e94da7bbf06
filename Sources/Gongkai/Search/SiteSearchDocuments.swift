import Foundation

/// The documents the search index holds: every public record and every unit page, with weighted fields.
///
/// Texts come from the model, where personal numbers are already hidden; contact details never enter.
struct SiteSearchDocuments {
    let model: SiteModel

    func documents() -> [SearchDocument] {
        model.entries.parallelMap(record) + model.units.map(unit)
    }

    private func record(_ entry: SiteModel.Entry) -> SearchDocument {
        let record = entry.record, unit = entry.unit.unit
        let indicators = record.indicators.flatMap { [$0.level2, $0.name, $0.target, $0.actual, $0.note].compactMap { $0 } }
        let projects = record.projects.flatMap { [$0.name, $0.summary].compactMap { $0 } }
        let judgement = [record.conclusion].compactMap { $0 } + record.problems + record.measures
            + record.corrections.map(\.note) + [record.withdrawnNote].compactMap { $0 }
        let title = record.displayTitle(unitName: unit.name)
        return SearchDocument(
            id: "units/\(unit.id)/\(record.year)", url: Links.record(unit.id, record.year),
            title: title, unit: unit.displayName, province: unit.region.first,
            year: record.year, score: shownScore(record), grade: record.statedGrade?.rawValue, kind: .record,
            fields: [
                SearchField(name: "title", weight: 10, text: title + " \(record.year)"),
                SearchField(name: "unit", weight: 8, text: [unit.name, unit.shortName ?? ""].joined(separator: " ")),
                SearchField(name: "region", weight: 5, text: unit.region.joined(separator: " ")),
                SearchField(name: "indicators", weight: 4, text: (indicators + projects).joined(separator: "\n")),
                SearchField(name: "judgement", weight: 3, text: judgement.joined(separator: "\n")),
                SearchField(name: "figures", weight: 2, text: figures(record)),
                SearchField(name: "narrative", weight: 1, text: record.narrativeText),
            ])
    }

    private func unit(_ unit: UnitRecords) -> SearchDocument {
        let u = unit.unit
        return SearchDocument(
            id: "units/\(u.id)", url: Links.unit(u.id), title: u.name, unit: u.displayName, province: u.region.first,
            kind: .unit,
            fields: [
                SearchField(name: "title", weight: 10, text: u.name),
                SearchField(name: "unit", weight: 8, text: [u.shortName, u.department].compactMap { $0 }.joined(separator: " ")),
                SearchField(name: "region", weight: 5, text: u.region.joined(separator: " ")),
                SearchField(name: "narrative", weight: 1, text: (u.divisions + u.functions).joined(separator: "\n")),
            ])
    }

    /// The score as a result shows it: the stated one, with the recomputed one beside it where the two differ, as
    /// every list of the site shows them.
    private func shownScore(_ record: Record) -> String? {
        guard let score = record.score else { return nil }
        guard let recomputed = record.recomputedScore, recomputed != score else { return Format.plain(score) }
        let outOf = record.recomputedOutOf.map { "，满分 \(Format.plain($0))" } ?? ""
        return "\(Format.plain(score))（按指标复核 \(Format.plain(recomputed)) 分\(outOf)）"
    }

    /// Every figure the record states, as its exact number and as the page formats it, so either form is found.
    private func figures(_ record: Record) -> String {
        var values: [Decimal?] = [record.score, record.budget?.initial, record.budget?.adjusted, record.budget?.executed,
                                  record.budget?.executionRate, record.income?.total, record.income?.fiscal, record.income?.other,
                                  record.expenditure?.total, record.expenditure?.basic?.total, record.expenditure?.basic?.personnel,
                                  record.expenditure?.basic?.publicFunds, record.expenditure?.project]
        for amounts in [record.threePublic?.budget, record.threePublic?.actual] {
            values += [amounts?.total, amounts?.reception, amounts?.vehiclePurchase, amounts?.vehicleOperation, amounts?.overseas]
        }
        values += record.projects.flatMap { [$0.budget, $0.executed] }
        let labelled = record.figures.map { "\($0.label) \($0.value.map(Format.plain) ?? "")" }
        return (values.compactMap { $0 }.map(Format.plain) + labelled).joined(separator: " ")
    }
}
