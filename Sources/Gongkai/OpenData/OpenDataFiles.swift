import Foundation

/// The downloads: `records.csv`, `indicators.csv`, `records.json`, and a `record.json` beside every record page.
struct OpenDataFiles {
    let model: SiteModel

    static let recordColumns = [
        "unit_id", "unit_name", "region_1", "region_2", "region_3", "region_4", "year", "status", "published_on",
        "prepared_on", "approved_on", "withdrawn_note", "score", "grade", "recomputed_score", "recomputed_grade",
        "budget_initial", "budget_adjusted", "budget_executed", "execution_rate", "execution_rate_stated",
        "income_total", "income_fiscal", "income_other", "expenditure_total", "expenditure_basic",
        "expenditure_personnel", "expenditure_public", "expenditure_project",
        "three_public_budget_total", "three_public_budget_reception", "three_public_budget_vehicle_purchase",
        "three_public_budget_vehicle_operation", "three_public_budget_overseas",
        "three_public_actual_total", "three_public_actual_reception", "three_public_actual_vehicle_purchase",
        "three_public_actual_vehicle_operation", "three_public_actual_overseas", "warnings", "url",
    ]

    static let indicatorColumns = [
        "unit_id", "unit_name", "year", "number", "level1", "level2", "name", "target", "actual", "weight", "score",
        "status", "note",
    ]

    private var encoder: JSONEncoder { Self.encoder() }

    private static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private var documentation: String { model.links.absolute(Links.data) }

    /// `records.csv`, `indicators.csv` and `records.json`: every public record at once.
    func files() throws -> [OutputFile] {
        let links = model.links
        let records = model.entries.parallelMap { RecordData($0, links: links) }
        return [
            OutputFile(path: "data/records.csv", data: csv(Self.recordColumns, records.map(recordRow))),
            OutputFile(path: "data/indicators.csv", data: csv(Self.indicatorColumns, records.flatMap(indicatorRows))),
            OutputFile(path: "data/records.json", data: try recordsJSON(records)),
        ]
    }

    /// The envelope with every record, each record encoded on its own core; the same bytes as encoding it whole.
    private func recordsJSON(_ records: [RecordData]) throws -> Data {
        let envelope = try encoder.encode(DataEnvelope(documentation: documentation, records: [RecordData]()))
        let encoded = records.parallelMap { record in Result { try Self.encoder().encode(record) } }
        var body = Data("[".utf8)
        for (index, record) in encoded.enumerated() {
            if index > 0 { body.append(UInt8(ascii: ",")) }
            body.append(try record.get())
        }
        body.append(UInt8(ascii: "]"))
        let placeholder = Data(#""records":[]"#.utf8)
        guard let range = envelope.firstRange(of: placeholder) else { return envelope }
        var json = envelope
        json.replaceSubrange(range, with: Data(#""records":"#.utf8) + body)
        return json
    }

    /// The `record.json` beside a record's page.
    func recordJSON(_ entry: SiteModel.Entry) throws -> OutputFile {
        let path = Links.record(entry.unit.unit.id, entry.record.year) + "record.json"
        let data = RecordData(entry, links: model.links)
        return OutputFile(path: path, data: try encoder.encode(DataEnvelope(documentation: documentation, records: [data])))
    }

    /// UTF-8 with a byte-order mark, so spreadsheet programs on Windows read the Chinese, and CRLF line ends per RFC 4180.
    private func csv(_ columns: [String], _ rows: [[String]]) -> Data {
        var text = "\u{FEFF}" + columns.joined(separator: ",") + "\r\n"
        for row in rows { text += row.map(Escape.csv).joined(separator: ",") + "\r\n" }
        return Data(text.utf8)
    }

    private func number(_ value: Decimal?) -> String { value.map { $0.description } ?? "" }

    private func recordRow(_ r: RecordData) -> [String] {
        let region = (0..<4).map { $0 < r.region.count ? r.region[$0] : "" }
        let budget = r.threePublicBudget, actual = r.threePublicActual
        return [r.unitID, r.unitName] + region + [
            String(r.year), r.status, r.publishedOn ?? "", r.preparedOn ?? "", r.approvedOn ?? "", r.withdrawnNote ?? "",
            number(r.score), r.grade ?? "", number(r.recomputedScore), r.recomputedGrade ?? "",
            number(r.budgetInitial), number(r.budgetAdjusted), number(r.budgetExecuted), number(r.executionRate),
            number(r.executionRateStated), number(r.incomeTotal), number(r.incomeFiscal), number(r.incomeOther),
            number(r.expenditureTotal), number(r.expenditureBasic), number(r.expenditurePersonnel),
            number(r.expenditurePublic), number(r.expenditureProject),
            number(budget?.total), number(budget?.reception), number(budget?.vehiclePurchase), number(budget?.vehicleOperation),
            number(budget?.overseas), number(actual?.total), number(actual?.reception), number(actual?.vehiclePurchase),
            number(actual?.vehicleOperation), number(actual?.overseas), String(r.warnings.count), r.url,
        ]
    }

    private func indicatorRows(_ r: RecordData) -> [[String]] {
        r.indicators.enumerated().map { index, i in
            [r.unitID, r.unitName, String(r.year), String(index + 1), i.level1 ?? "", i.level2 ?? "", i.name ?? "",
             i.target ?? "", i.actual ?? "", number(i.weight), number(i.score), i.status, i.note ?? ""]
        }
    }
}
