/// Everything a content tree holds once loaded: the site, and each unit with its records by year.
public struct Content: Sendable {
    public var site: Site
    /// Units sorted by id.
    public var units: [UnitRecords]
    /// The SHA-256 of `site.yaml`.
    public var siteDigest: String

    public init(site: Site, units: [UnitRecords], siteDigest: String = "") {
        self.site = site
        self.units = units
        self.siteDigest = siteDigest
    }
}

/// A unit and all its records, sorted by year.
public struct UnitRecords: Sendable {
    public var unit: Unit
    public var records: [Record]
    /// Each record's warnings, keyed by year.
    public var warnings: [Int: [Diagnostic]]
    /// A digest of the unit's id, `unit.yaml` and every record file of the unit, drafts included: what every page of
    /// the unit depends on.
    public var digest: String
    /// For each year with a record file, a digest of the unit's id, `unit.yaml` and that file: what a list of the
    /// year's records depends on. Where a year has none, `digest` stands in.
    public var yearDigests: [Int: String]

    public init(unit: Unit, records: [Record], warnings: [Int: [Diagnostic]] = [:], digest: String = "", yearDigests: [Int: String] = [:]) {
        self.unit = unit
        self.records = records.sorted { $0.year < $1.year }
        self.warnings = warnings
        self.digest = digest
        self.yearDigests = yearDigests
    }

    /// The records readers may see: published and withdrawn, oldest first.
    public var publicRecords: [Record] { records.filter(\.isPublic) }
}

/// The outcome of loading: the content when there was no error, and every diagnostic found.
public struct LoadResult: Sendable {
    public var content: Content?
    public var diagnostics: [Diagnostic]
    public var unitCount: Int
    public var recordCount: Int
    /// How many record files were parsed rather than taken from the cache.
    public var recordsParsed: Int
    /// The records of this load, for the next one to reuse.
    public var recordCache: RecordCache

    /// How many of the records are drafts, which a build does not publish; zero when the content has errors.
    public var draftCount: Int {
        content?.units.reduce(0) { $0 + $1.records.count { $0.status == .draft } } ?? 0
    }
}
