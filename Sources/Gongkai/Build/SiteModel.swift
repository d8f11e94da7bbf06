/// The loaded content arranged the ways pages list it: by unit, by year, newest first.
public struct SiteModel: Sendable {
    /// A public record with its unit, as lists show it.
    ///
    /// A class, as every list, chart and feed passes entries around: a copy is one reference, where a copy of the
    /// record and unit values would retain each of their strings and arrays.
    public final class Entry: Sendable {
        public let unit: UnitRecords
        public let record: Record
        public var warnings: [Diagnostic] { unit.warnings[record.year] ?? [] }
        /// The warnings about the report's own figures and text, which pages list as 数据核对提示.
        public var checks: [Diagnostic] { warnings.filter { $0.topic == .check } }
        /// The notes that personal numbers were hidden.
        public var personalDataNotes: [Diagnostic] { warnings.filter { $0.topic == .personalData } }

        public init(unit: UnitRecords, record: Record) {
            self.unit = unit
            self.record = record
        }
    }

    public let site: Site
    public let links: Links
    /// Units sorted by id.
    public let units: [UnitRecords]
    /// Every published or withdrawn record, sorted by unit id then year.
    public let entries: [Entry]
    /// The years that have at least one public record, newest first.
    public let years: [Int]
    /// Published (not withdrawn) records, newest publication first; ties broken by year and unit id so the order is stable.
    public let newestFirst: [Entry]
    private let entriesByYear: [Int: [Entry]]

    /// Arranges `content`; `baseURL` overrides site.yaml's, and `assetVersions` name the theme's assets in links.
    public init(content: Content, baseURL: String? = nil, assetVersions: [String: String] = [:]) {
        var site = content.site
        if let baseURL { site = Site(title: site.title, baseURL: baseURL, language: site.language, publisher: site.publisher,
                                     description: site.description, publishContact: site.publishContact,
                                     feedLimit: site.feedLimit, terms: site.terms) }
        self.site = site
        links = Links(site: site, assetVersions: assetVersions)
        units = content.units.sorted { $0.unit.id < $1.unit.id }
        entries = units.flatMap { unit in unit.publicRecords.map { Entry(unit: unit, record: $0) } }
        years = Set(entries.map(\.record.year)).sorted(by: >)
        entriesByYear = Dictionary(grouping: entries, by: \.record.year)
        newestFirst = entries.filter { $0.record.status == .published }.sorted {
            let left = $0.record.publishedOn?.ordinal ?? 0, right = $1.record.publishedOn?.ordinal ?? 0
            if left != right { return left > right }
            if $0.record.year != $1.record.year { return $0.record.year > $1.record.year }
            return $0.unit.unit.id < $1.unit.unit.id
        }
    }

    /// The public records of `year`, withdrawn ones included, sorted by unit id.
    public func entries(in year: Int) -> [Entry] { entriesByYear[year] ?? [] }

    /// The published records of `year`: what totals, averages and charts count; withdrawn records are listed, not counted.
    public func published(in year: Int) -> [Entry] { entries(in: year).filter { $0.record.status == .published } }
}
