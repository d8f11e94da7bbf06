/// The permanent URL scheme, in one place: every page's path relative to the site root.
public struct Links: Sendable {
    /// The site's path on its host, e.g. `/jxgk/`.
    public let basePath: String
    /// The absolute base URL, e.g. `https://czj.example.gov.cn/jxgk/`.
    public let baseURL: String

    /// A short digest of each theme asset, by its path relative to `assets/`.
    private let assetVersions: [String: String]

    /// The links of `site`; `assetVersions` holds a short digest of each theme asset, by its path under `assets/`.
    public init(site: Site, assetVersions: [String: String] = [:]) {
        basePath = site.basePath
        baseURL = site.baseURL
        self.assetVersions = assetVersions
    }

    public static let home = ""
    public static let units = "units/"
    public static let about = "about/"
    public static let search = "search/"
    public static let data = "data/"

    public static func unit(_ id: String) -> String { "units/\(id)/" }
    public static func record(_ unitID: String, _ year: Int) -> String { "units/\(unitID)/\(year)/" }
    public static func year(_ year: Int) -> String { "years/\(year)/" }
    /// The open data of one record, beside its page.
    public static func recordData(_ unitID: String, _ year: Int) -> String { record(unitID, year) + "record.json" }
    /// The page of a listed record.
    public static func record(_ entry: SiteModel.Entry) -> String { record(entry.unit.unit.id, entry.record.year) }
    /// The open data of a listed record.
    public static func recordData(_ entry: SiteModel.Entry) -> String { recordData(entry.unit.unit.id, entry.record.year) }

    /// The link a page uses for `path`: root-relative under the base path, so it works under any sub-path.
    public func href(_ path: String) -> String { basePath + path }

    /// The link to the theme asset at `path` under `assets/`, naming its content: a browser that cached an older
    /// stylesheet or script fetches the new one with the pages that need it.
    public func asset(_ path: String) -> String {
        href("assets/" + path) + (assetVersions[path].map { "?v=" + $0 } ?? "")
    }

    /// The absolute URL of `path`, for canonical links, feeds and the sitemap.
    public func absolute(_ path: String) -> String { baseURL + path }

    /// The file a page at `path` is written to.
    public static func file(_ path: String) -> String { path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path }
}
