import Foundation

/// The values every page template shares, and the formatting pages use for figures.
enum PageContext {
    static let dash = "—"

    /// The header, footer and `<head>` values for the page at `path`.
    static func common(_ model: SiteModel, path: String, title: String, section: String) -> [String: Any] {
        let links = model.links
        var context: [String: Any] = [
            "lang": model.site.language,
            "siteTitle": model.site.title,
            "pageTitle": title,
            "base": links.basePath,
            "canonical": links.absolute(path),
            "feedURL": links.href("feed.xml"),
            "searchURL": links.href(Links.search),
            "homeURL": links.href(Links.home),
            "unitsURL": links.href(Links.units),
            "aboutURL": links.href(Links.about),
            "dataURL": links.href(Links.data),
            "cssURL": links.asset("style.css"),
            "section_\(section)": true,
            "years": model.years.map { ["year": $0, "url": links.href(Links.year($0))] as [String: Any] },
        ]
        if let publisher = model.site.publisher { context["publisher"] = publisher }
        if let description = model.site.description { context["siteDescription"] = description }
        return context
    }

    static func amount(_ value: Decimal?) -> String { value.map(Format.amount) ?? dash }
    static func percent(_ value: Decimal?) -> String { value.map(Format.percent) ?? dash }
    static func plain(_ value: Decimal?) -> String { value.map(Format.plain) ?? dash }
    static func text(_ value: String?) -> String { value ?? dash }

    /// Score and grade columns shared by every list of records.
    static func scoreColumns(_ record: Record) -> [String: Any] {
        [
            "score": plain(record.score),
            "grade": record.statedGrade?.rawValue ?? dash,
            "recomputedScore": plain(record.recomputedScore),
            "recomputedGrade": record.recomputedGrade?.rawValue ?? dash,
            "recomputedOutOf": record.recomputedOutOf.map(Format.plain) ?? false,
            "recomputedGraded": record.recomputedGrade != nil,
            "executionRate": percent(record.executionRate),
            "executed": amount(record.budget?.executed),
            "expenditure": amount(record.expenditure?.total),
            "year": record.year,
            "hasScore": record.score != nil,
            "hasGrade": record.statedGrade != nil,
            "differs": record.recomputedDiffers,
            "withdrawn": record.status == .withdrawn,
        ]
    }

    static func regionText(_ unit: Unit) -> String { unit.region.joined(separator: " ") }

    /// Adds `hasX` for every non-empty list `x`, so a template can wrap a list in a heading and a table.
    static func withPresenceFlags(_ context: [String: Any]) -> [String: Any] {
        var context = context
        for (key, value) in context {
            guard let list = value as? [Any], !list.isEmpty else { continue }
            context["has" + key.prefix(1).uppercased() + key.dropFirst()] = true
        }
        return context
    }
}
