/// A budget unit (部门/单位) as `unit.yaml` describes it, with its public records.
public struct Unit: Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var shortName: String?
    /// Province → city → county, one to four levels.
    public var region: [String]
    public var department: String?
    public var type: String?
    public var category: String?
    public var established: String?
    public var divisions: [String]
    /// Each item is inline Markdown.
    public var functions: [String]
    public var website: String?

    public init(id: String, name: String, shortName: String? = nil, region: [String], department: String? = nil,
                type: String? = nil, category: String? = nil, established: String? = nil,
                divisions: [String] = [], functions: [String] = [], website: String? = nil) {
        self.id = id
        self.name = name
        self.shortName = shortName
        self.region = region
        self.department = department
        self.type = type
        self.category = category
        self.established = established
        self.divisions = divisions
        self.functions = functions
        self.website = website
    }

    /// The short name where the unit has one, for lists and charts.
    public var displayName: String { shortName ?? name }
}
