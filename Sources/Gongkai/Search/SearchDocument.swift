/// One page the search can find: a unit's record for a year, or the unit's own page.
public struct SearchDocument: Sendable, Equatable {
    /// What kind of page a document is.
    public enum Kind: String, Sendable {
        /// A record: one unit's self-evaluation for one year.
        case record
        /// A unit's page, across its years.
        case unit
    }

    /// A stable identifier, unique in the index, e.g. `units/beita/2023`.
    public var id: String
    /// The page's path relative to the site root, without a leading slash, e.g. `units/beita/2023/`.
    public var url: String
    /// The title the result shows as its link.
    public var title: String
    /// The unit's display name.
    public var unit: String
    /// The unit's province, for the province filter.
    public var province: String?
    /// The fiscal year evaluated; `nil` for unit pages.
    public var year: Int?
    /// The self-evaluation score, formatted for display.
    public var score: String?
    /// The grade (等级), as the record states it.
    public var grade: String?
    /// Whether this is a record or a unit page.
    public var kind: Kind
    /// The searchable text, field by field; names must be unique within a document.
    public var fields: [SearchField]

    public init(
        id: String, url: String, title: String, unit: String,
        province: String? = nil, year: Int? = nil, score: String? = nil, grade: String? = nil,
        kind: Kind, fields: [SearchField]
    ) {
        self.id = id
        self.url = url
        self.title = title
        self.unit = unit
        self.province = province
        self.year = year
        self.score = score
        self.grade = grade
        self.kind = kind
        self.fields = fields
    }
}

/// A named piece of a document's text and how much a match in it counts.
///
/// Suggested weights: title 10, unit 8, region 5, indicators and projects 4, problems, measures and
/// conclusion 3, narrative 1. Use the same weight for a name in every document.
public struct SearchField: Sendable, Equatable {
    /// The field's name, e.g. `title`, `narrative`.
    public var name: String
    /// The field's weight in BM25F; finite and not negative.
    public var weight: Double
    /// The field's plain text, already stripped of markup and of personal data.
    public var text: String

    public init(name: String, weight: Double, text: String) {
        self.name = name
        self.weight = weight
        self.text = text
    }
}
