/// The Atom feeds: the newest published records, one per unit, and every correction.
///
/// Entry ids are `tag:` URIs from the base URL's host, the unit id and the year, so a rebuild never
/// makes a feed reader show an entry twice.
struct FeedContexts {
    let model: SiteModel

    /// A record's time in a feed: its publication day, or the day of its latest correction, at midnight in China.
    static func timestamp(_ day: Day) -> String { "\(day)T00:00:00+08:00" }

    func entryID(_ unitID: String, _ year: Int, suffix: String = "") -> String {
        "tag:\(model.site.host),\(year):units/\(unitID)/\(year)\(suffix)"
    }

    /// `/feed.xml`: the newest published records, as many as `feed_limit`.
    func site() -> [String: Any] {
        let entries = Array(model.newestFirst.prefix(model.site.feedLimit))
        return feed(path: "feed.xml", title: model.site.title, id: "tag:\(model.site.host),2000:feed", alternate: Links.home, entries: entries)
    }

    /// `/units/<id>/feed.xml`: the unit's published records, newest first.
    func unit(_ unit: UnitRecords) -> [String: Any] {
        let entries = unit.publicRecords.filter { $0.status == .published }.reversed().map { SiteModel.Entry(unit: unit, record: $0) }
        return feed(path: Links.unit(unit.unit.id) + "feed.xml", title: unit.unit.name,
                    id: "tag:\(model.site.host),2000:units/\(unit.unit.id)/feed", alternate: Links.unit(unit.unit.id), entries: entries)
    }

    /// `/corrections.xml`: one entry per correction of any public record, newest first.
    func corrections() -> [String: Any] {
        var items: [(entry: SiteModel.Entry, index: Int, correction: Correction)] = []
        for entry in model.entries {
            for (index, correction) in entry.record.corrections.enumerated() { items.append((entry, index, correction)) }
        }
        items.sort {
            if $0.correction.date != $1.correction.date { return $0.correction.date > $1.correction.date }
            if $0.entry.unit.unit.id != $1.entry.unit.unit.id { return $0.entry.unit.unit.id < $1.entry.unit.unit.id }
            return ($0.entry.record.year, $0.index) > ($1.entry.record.year, $1.index)
        }
        let links = model.links
        var context = common(path: "corrections.xml", title: model.site.title, id: "tag:\(model.site.host),2000:corrections",
                             alternate: Links.home)
        context["isCorrections"] = true
        context["updated"] = items.first.map { Self.timestamp($0.correction.date) } ?? Self.timestamp(Day(year: 2000, month: 1, day: 1))
        context["entries"] = items.map { item -> [String: Any] in
            let record = item.entry.record, unit = item.entry.unit.unit
            return ["id": entryID(unit.id, record.year, suffix: "/corrections/\(item.index + 1)"),
                    "title": record.displayTitle(unitName: unit.name), "unitName": unit.name, "year": record.year,
                    "link": links.absolute(Links.record(unit.id, record.year)),
                    "updated": Self.timestamp(item.correction.date), "published": record.publishedOn.map(Self.timestamp) ?? "",
                    "note": item.correction.note, "date": item.correction.date.description]
        }
        return context
    }

    private func common(path: String, title: String, id: String, alternate: String) -> [String: Any] {
        var context: [String: Any] = ["feedTitle": title, "siteTitle": model.site.title, "id": id,
                                      "self": model.links.absolute(path), "alternate": model.links.absolute(alternate),
                                      "lang": model.site.language]
        if let publisher = model.site.publisher { context["publisher"] = publisher }
        return context
    }

    private func feed(path: String, title: String, id: String, alternate: String, entries: [SiteModel.Entry]) -> [String: Any] {
        var context = common(path: path, title: title, id: id, alternate: alternate)
        let rows = entries.map(entry)
        context["entries"] = rows
        let latest = entries.map { updated($0.record) }.max()
        context["updated"] = Self.timestamp(latest ?? Day(year: 2000, month: 1, day: 1))
        return context
    }

    private func updated(_ record: Record) -> Day {
        ([record.publishedOn].compactMap { $0 } + record.corrections.map(\.date)).max() ?? Day(year: 2000, month: 1, day: 1)
    }

    private func entry(_ entry: SiteModel.Entry) -> [String: Any] {
        let record = entry.record, unit = entry.unit.unit
        var row = PageContext.scoreColumns(record)
        row["id"] = entryID(unit.id, record.year)
        row["title"] = record.displayTitle(unitName: unit.name)
        row["unitName"] = unit.name
        row["link"] = model.links.absolute(Links.record(unit.id, record.year))
        row["updated"] = Self.timestamp(updated(record))
        if let published = record.publishedOn { row["published"] = Self.timestamp(published) }
        return row
    }
}
