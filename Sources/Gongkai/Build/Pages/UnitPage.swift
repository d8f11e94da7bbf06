/// A unit's page: who it is, and a row for every year of its span, 未公开 where no record is public.
struct UnitPage {
    let model: SiteModel
    let unit: UnitRecords

    var path: String { Links.unit(unit.unit.id) }

    func context() -> [String: Any] {
        let u = unit.unit
        let links = model.links
        var c = PageContext.common(model, path: path, title: u.name, section: "units")
        c["name"] = u.name
        if let short = u.shortName, short != u.name { c["shortName"] = short }
        c["region"] = PageContext.regionText(u)
        if let department = u.department { c["department"] = department }
        if let type = u.type { c["type"] = type }
        if let category = u.category { c["category"] = category }
        if let established = u.established { c["established"] = established }
        if let website = u.website { c["website"] = website }
        if !u.divisions.isEmpty { c["divisions"] = u.divisions.joined(separator: "、") }
        if !u.functions.isEmpty { c["functions"] = u.functions.map(Markdown.inline) }
        let records = unit.publicRecords
        if let first = records.first?.year, let last = records.last?.year {
            c["rows"] = (first...last).reversed().map { year -> [String: Any] in
                guard let record = records.first(where: { $0.year == year }) else { return ["year": year, "unpublished": true] }
                var row = PageContext.scoreColumns(record)
                row["url"] = links.href(Links.record(u.id, year))
                row["adjusted"] = PageContext.amount(record.budget?.adjusted)
                return row
            }
        }
        c["feed"] = links.href(path + "feed.xml")
        return c
    }
}
