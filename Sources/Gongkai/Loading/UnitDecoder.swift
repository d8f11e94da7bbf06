import Yams

/// Reads a `unit.yaml`.
enum UnitDecoder {
    static let types = ["行政单位", "事业单位", "参公单位", "其他"]

    static func decode(_ root: Node, id: String, sink: DiagnosticSink) -> Unit? {
        guard let fields = YAMLMapping(root, path: "", sink: sink) else { return nil }
        defer { fields.finish() }
        let name = fields.string("name", required: true, example: "name: 衡阳市雁峰区财政局")
        let shortName = fields.string("short_name")
        let region = fields.strings("region")
        if fields.has("region") && !(1...4).contains(region.count) {
            sink.error("\(FieldLabels.describe("region")) must list 1 to 4 levels, province → city → county, found \(region.count)",
                       at: fields.position("region"), field: "region")
        } else if !fields.has("region") {
            fields.missing("region", example: "region: [湖南省, 衡阳市, 雁峰区]")
        }
        let department = fields.string("department")
        let type = fields.string("type")
        if let type, !types.contains(type) {
            sink.error("\(FieldLabels.describe("type")) must be one of \(types.joined(separator: ", ")), found '\(type)'",
                       at: fields.position("type"), field: "type")
        }
        let category = fields.string("category")
        let established = fields.string("established")
        if let established, !isPartialDate(established) {
            sink.error("\(FieldLabels.describe("established")) must be written YYYY, YYYY-MM or YYYY-MM-DD, found '\(established)'",
                       at: fields.position("established"), field: "established")
        }
        let divisions = fields.strings("divisions")
        let functions = fields.strings("functions")
        let website = fields.string("website")
        if let website, !(website.hasPrefix("https://") || website.hasPrefix("http://")) {
            sink.error("\(FieldLabels.describe("website")) must start with https:// or http://, found '\(website)'",
                       at: fields.position("website"), field: "website")
        }
        guard let name, !sink.hasErrors else { return nil }
        let unit = Unit(id: id, name: name, shortName: shortName, region: region, department: department, type: type,
                        category: category, established: established, divisions: divisions, functions: functions, website: website)
        return PersonalDataScrubber(sink: sink).scrub(unit)
    }

    static func isPartialDate(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, Int(parts[0]) != nil else { return false }
        if parts.count == 3 { return Day(text) != nil }
        if parts.count == 2 { return parts[1].count == 2 && (1...12).contains(Int(parts[1]) ?? 0) }
        return true
    }
}
