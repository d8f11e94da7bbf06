import Foundation

/// What each output depends on, as one digest per output: equal fingerprints mean equal bytes.
///
/// Every output depends on the build itself (this program, `site.yaml`, the theme, the base URL and the
/// years the site covers). Beyond that, a record's page depends on its unit's files (neighbouring years
/// and year-on-year figures come from them), a unit's page and feed on the same, a year's page on the
/// `unit.yaml` and that year's record file of each unit it lists, and the site-wide files (home, lists,
/// feeds, data, sitemap, search) on all.
struct Fingerprints: Sendable {
    let build: String
    let siteWide: String
    private let years: [Int: String]

    init(model: SiteModel, content: Content, contentFolder: URL, theme: Theme, baseURL: String?) {
        build = Digest.combine([Self.program, content.siteDigest, theme.digest, baseURL ?? "", model.years.map { String($0) }.joined(separator: ",")])
        let attachments = model.entries.flatMap { entry in
            entry.record.attachments.map { attachment in
                let path = "units/\(entry.unit.unit.id)/\(attachment.file)"
                return path + " " + ((try? Data(contentsOf: contentFolder.appendingPathComponent(path))).map(Digest.hex) ?? "missing")
            }
        }
        siteWide = Digest.combine([build] + model.units.map(\.digest) + attachments)
        var years: [Int: String] = [:]
        for year in model.years {
            years[year] = Digest.combine([build, "year \(year)"] + model.entries(in: year).map { $0.unit.yearDigests[year] ?? $0.unit.digest })
        }
        self.years = years
    }

    /// The fingerprint of a page job's outputs.
    func of(_ job: PageJob, _ model: SiteModel) -> String {
        switch job {
        case .record(let index):
            let entry = model.entries[index]
            return Digest.combine([build, "record \(entry.record.year)", entry.unit.digest])
        case .unit(let index): return Digest.combine([build, "unit", model.units[index].digest])
        case .unitFeed(let index): return Digest.combine([build, "unit feed", model.units[index].digest])
        case .year(let year): return years[year] ?? siteWide
        case .home, .units, .about, .data, .search, .notFound, .feed, .corrections: return siteWide
        }
    }

    /// The fingerprint of a search index file whose bytes before gzip have `digest`: the index depends on every
    /// record, but its files are compared by what they hold.
    func ofSearchIndexFile(digest: String) -> String {
        Digest.combine([build, digest])
    }

    /// The digest of the running program, so a new version of Gongkai never reuses an older one's output.
    static let program: String = {
        guard let url = Bundle.main.executableURL, let data = try? Data(contentsOf: url, options: .alwaysMapped) else {
            return "unknown"
        }
        return Digest.hex(of: data)
    }()
}
