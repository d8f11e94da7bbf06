import Foundation

/// The home page: the newest disclosures, totals, and ways in by year and by unit.
struct HomePage {
    let model: SiteModel
    static let newestCount = 20

    func context() -> [String: Any] {
        var c = PageContext.common(model, path: Links.home, title: model.site.title, section: "home")
        c["isHome"] = true
        c["unitCount"] = model.units.count
        c["recordCount"] = model.newestFirst.count
        c["yearCount"] = model.years.count
        c["newest"] = model.newestFirst.prefix(Self.newestCount).map { ListRow.record($0, model) }
        return c
    }
}

/// `/units/`: every unit, grouped by province, then by city and county.
struct UnitsIndexPage {
    let model: SiteModel

    func context() -> [String: Any] {
        var c = PageContext.common(model, path: Links.units, title: "units", section: "units")
        var provinces: [String: [String: [String: [UnitRecords]]]] = [:]
        for unit in model.units {
            let region = unit.unit.region
            let province = region.first ?? ""
            let city = region.count > 1 ? region[1] : ""
            let county = region.dropFirst(2).joined(separator: " ")
            provinces[province, default: [:]][city, default: [:]][county, default: []].append(unit)
        }
        c["provinces"] = provinces.keys.sorted().map { province -> [String: Any] in
            let cities = provinces[province]!
            return ["name": province, "cities": cities.keys.sorted().map { city -> [String: Any] in
                let counties = cities[city]!
                var row: [String: Any] = ["counties": counties.keys.sorted().map { county -> [String: Any] in
                    var row: [String: Any] = ["units": counties[county]!.map { unitRow($0) }]
                    if !county.isEmpty { row["countyName"] = county }
                    return row
                }]
                if !city.isEmpty { row["cityName"] = city }
                return row
            }]
        }
        c["unitCount"] = model.units.count
        return c
    }

    private func unitRow(_ unit: UnitRecords) -> [String: Any] {
        var row: [String: Any] = ["name": unit.unit.name, "url": model.links.href(Links.unit(unit.unit.id))]
        if let latest = unit.publicRecords.last(where: { $0.status == .published }) ?? unit.publicRecords.last {
            row["latest"] = PageContext.scoreColumns(latest)
        }
        return row
    }
}

/// `/years/<year>/`: every unit's record for the year in one table, with totals.
struct YearPage {
    let model: SiteModel
    let year: Int

    var path: String { Links.year(year) }

    func context() -> [String: Any] {
        var c = PageContext.common(model, path: path, title: "\(year)", section: "years")
        c["year"] = year
        c["rows"] = model.entries(in: year).map { ListRow.record($0, model) }
        let entries = model.published(in: year)
        c["count"] = entries.count
        let withdrawn = model.entries(in: year).count - entries.count
        if withdrawn > 0 { c["withdrawnCount"] = withdrawn }
        let scores = entries.compactMap(\.record.score)
        if !scores.isEmpty { c["averageScore"] = Format.plain((scores.reduce(0, +) / Decimal(scores.count)).rounded(places: 2)) }
        func total(_ values: [Decimal?]) -> String {
            let stated = values.compactMap { $0 }
            return stated.isEmpty ? PageContext.dash : Format.amount(stated.reduce(0, +))
        }
        c["totalAdjusted"] = total(entries.map(\.record.budget?.adjusted))
        c["totalExecuted"] = total(entries.map(\.record.budget?.executed))
        c["totalExpenditure"] = total(entries.map(\.record.expenditure?.total))
        let adjusted = entries.compactMap { e in e.record.budget?.adjusted.flatMap { a in e.record.budget?.executed.map { (a, $0) } } }
        let sumAdjusted = adjusted.map(\.0).reduce(0, +)
        if !sumAdjusted.isZero { c["overallRate"] = Format.percent(adjusted.map(\.1).reduce(0, +) / sumAdjusted * 100) }
        return c
    }
}

/// One record as a row of a list: the unit, the year and the headline figures.
enum ListRow {
    static func record(_ entry: SiteModel.Entry, _ model: SiteModel) -> [String: Any] {
        var row = PageContext.scoreColumns(entry.record)
        row["unitName"] = entry.unit.unit.name
        row["unitURL"] = model.links.href(Links.unit(entry.unit.unit.id))
        row["url"] = model.links.href(Links.record(entry))
        row["title"] = entry.record.displayTitle(unitName: entry.unit.unit.name)
        row["publishedOn"] = entry.record.publishedOn?.description ?? PageContext.dash
        row["region"] = PageContext.regionText(entry.unit.unit)
        let checks = entry.checks
        row["warningCount"] = checks.count
        if !checks.isEmpty { row["hasWarnings"] = true }
        return row
    }
}

/// Pages whose words come from the theme alone: about, search and 404.
struct StaticPage {
    let model: SiteModel
    let path: String
    let section: String

    func context() -> [String: Any] {
        var c = PageContext.common(model, path: path, title: section, section: section)
        if let terms = model.site.terms { c["terms"] = terms }
        c["searchScript"] = model.links.asset("search.js")
        c["tokenizerScript"] = model.links.asset("search-tokenizer.js")
        c["coreScript"] = model.links.asset("search-core.js")
        return c
    }
}
