import Foundation

/// One output of the URL scheme rendered through the theme, independently of every other.
enum PageJob: Sendable {
    case home
    case units
    case unit(Int)
    case record(Int)
    case year(Int)
    case about
    case data
    case search
    case notFound
    case feed
    case unitFeed(Int)
    case corrections

    static func all(for model: SiteModel) -> [PageJob] {
        [.home, .units, .about, .data, .search, .notFound, .feed, .corrections]
            + model.units.indices.map(PageJob.unit)
            + model.units.indices.map(PageJob.unitFeed)
            + model.entries.indices.map(PageJob.record)
            + model.years.map(PageJob.year)
    }

    /// The page's path, for the sitemap and for the file it writes; nil for feeds and the 404 page.
    func sitemapPath(_ model: SiteModel) -> String? {
        switch self {
        case .home: Links.home
        case .units: Links.units
        case .unit(let index): Links.unit(model.units[index].unit.id)
        case .record(let index): Links.record(model.entries[index])
        case .year(let year): Links.year(year)
        case .about: Links.about
        case .data: Links.data
        case .search: Links.search
        case .notFound, .feed, .unitFeed, .corrections: nil
        }
    }

    /// The files the job writes, relative to the output folder.
    func outputPaths(_ model: SiteModel) -> [String] {
        switch self {
        case .record(let index):
            return [Links.file(Links.record(model.entries[index])), Links.recordData(model.entries[index])]
        case .feed: return ["feed.xml"]
        case .corrections: return ["corrections.xml"]
        case .unitFeed(let index): return [Links.unit(model.units[index].unit.id) + "feed.xml"]
        case .notFound: return ["404.html"]
        default: return [Links.file(sitemapPath(model) ?? "")]
        }
    }

    /// What rendering a job made: its files, and for a record its share of the downloads.
    struct Rendered: Sendable {
        var files: [OutputFile]
        var openData: RecordOpenData?
    }

    /// Renders the job's files: its page through the theme, and for a record its `record.json`.
    func render(_ model: SiteModel, theme: Theme, openData: OpenDataFiles) throws -> Rendered {
        let (path, template, context) = describe(model, charts: PageCharts(strings: theme.strings))
        let text = try theme.render(template, PageContext.withPresenceFlags(context))
        var rendered = Rendered(files: [OutputFile(path: Links.file(path), text: text)])
        if case .record(let index) = self {
            let part = openData.part(model.entries[index])
            rendered.files.append(openData.recordJSON(model.entries[index], part))
            rendered.openData = part
        }
        return rendered
    }

    private func describe(_ model: SiteModel, charts: PageCharts) -> (path: String, template: String, context: [String: Any]) {
        let feeds = FeedContexts(model: model)
        switch self {
        case .home:
            return (Links.home, "home", HomePage(model: model).context().adding(charts: charts, charts.home(model)))
        case .units:
            return (Links.units, "units", UnitsIndexPage(model: model).context())
        case .unit(let index):
            let page = UnitPage(model: model, unit: model.units[index])
            return (page.path, "unit", page.context().adding(charts: charts, charts.unit(page.unit)))
        case .record(let index):
            let page = RecordPage(model: model, entry: model.entries[index], strings: charts.strings)
            return (page.path, "record", page.context().adding(charts: charts, charts.record(page.entry.record),
                                                               notes: charts.recordNotes(page.entry.record)))
        case .year(let year):
            let page = YearPage(model: model, year: year)
            return (page.path, "year", page.context().adding(charts: charts, charts.year(model.published(in: year))))
        case .about:
            return (Links.about, "about", StaticPage(model: model, path: Links.about, section: "about").context())
        case .data:
            return (Links.data, "data", StaticPage(model: model, path: Links.data, section: "data").context())
        case .search:
            return (Links.search, "search", StaticPage(model: model, path: Links.search, section: "search").context())
        case .notFound:
            return ("404.html", "404", StaticPage(model: model, path: "404.html", section: "notFound").context())
        case .feed:
            return ("feed.xml", "atom", feeds.site())
        case .unitFeed(let index):
            return (Links.unit(model.units[index].unit.id) + "feed.xml", "atom", feeds.unit(model.units[index]))
        case .corrections:
            return ("corrections.xml", "atom", feeds.corrections())
        }
    }
}

extension Dictionary where Key == String, Value == Any {
    func adding(charts pageCharts: PageCharts, _ charts: [any ChartDrawable], notes: [String: String] = [:]) -> [String: Any] {
        var context = self
        if charts.allSatisfy(\.isEmpty) {
            context["chartsEmpty"] = true
        } else {
            context["charts"] = pageCharts.context(charts, notes: notes)
        }
        return context
    }
}
