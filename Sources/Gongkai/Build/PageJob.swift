import Foundation

/// One HTML page of the URL scheme, rendered independently of every other.
enum PageJob: Sendable {
    case home
    case units
    case unit(Int)
    case record(Int)
    case year(Int)
    case about
    case search
    case notFound

    static func all(for model: SiteModel) -> [PageJob] {
        [.home, .units, .about, .search, .notFound]
            + model.units.indices.map(PageJob.unit)
            + model.entries.indices.map(PageJob.record)
            + model.years.map(PageJob.year)
    }

    /// The page's files: its HTML, and for a record its `record.json`.
    func render(_ model: SiteModel, theme: Theme) throws -> [OutputFile] {
        let (path, template, context): (String, String, [String: Any])
        let charts = PageCharts(strings: theme.strings)
        switch self {
        case .home:
            (path, template, context) = (Links.home, "home", HomePage(model: model).context().adding(charts: charts.home(model)))
        case .units: (path, template, context) = (Links.units, "units", UnitsIndexPage(model: model).context())
        case .unit(let index):
            let page = UnitPage(model: model, unit: model.units[index])
            (path, template, context) = (page.path, "unit", page.context().adding(charts: charts.unit(page.unit)))
        case .record(let index):
            let page = RecordPage(model: model, entry: model.entries[index])
            (path, template, context) = (page.path, "record", page.context().adding(charts: charts.record(page.entry.record)))
        case .year(let year):
            let page = YearPage(model: model, year: year)
            (path, template, context) = (page.path, "year", page.context().adding(charts: charts.year(model.entries(in: year))))
        case .about: (path, template, context) = (Links.about, "about", StaticPage(model: model, path: Links.about, section: "about").context())
        case .search: (path, template, context) = (Links.search, "search", StaticPage(model: model, path: Links.search, section: "search").context())
        case .notFound: (path, template, context) = ("404.html", "404", StaticPage(model: model, path: "404.html", section: "notFound").context())
        }
        let html = try theme.render(template, PageContext.withPresenceFlags(context))
        return [OutputFile(path: Links.file(path), text: html)]
    }
}

extension Dictionary where Key == String, Value == Any {
    func adding(charts: [any ChartDrawable]) -> [String: Any] {
        var context = self
        context["charts"] = PageCharts.context(charts)
        return context
    }
}
