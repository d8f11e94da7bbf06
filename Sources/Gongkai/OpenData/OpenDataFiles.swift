import Foundation

/// The downloads: `records.csv`, `indicators.csv`, `records.json`, and a `record.json` beside every record page.
struct OpenDataFiles {
    let model: SiteModel
    /// The envelope's bytes before and after its records, which every file wraps its records in.
    private let opening: Data, closing: Data

    init(model: SiteModel) {
        self.model = model
        let empty = Self.emptyEnvelope(documentation: model.links.absolute(Links.data)).data
        guard let records = empty.firstRange(of: Data(#""records":["#.utf8)) else { preconditionFailure("the envelope has a records array") }
        (opening, closing) = (empty[..<records.upperBound], empty[records.upperBound...])
    }

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

    /// Every entry's share of the downloads: from `fragments` and `rows` where both are known, made here otherwise.
    func parts(fragments: [Data?], rows: [OpenDataRows?]) -> [RecordOpenData] {
        Array(model.entries.indices).parallelMap { index in
            if let json = fragments[index], let rows = rows[index] { return RecordOpenData(json: json, rows: rows) }
            return part(model.entries[index])
        }
    }

    /// `records.csv`, `indicators.csv` and `records.json` from every entry's part, in entry order.
    func files(_ parts: [RecordOpenData]) -> [OutputFile] {
        var records = header(Self.recordColumns), indicators = header(Self.indicatorColumns)
        // Tens of megabytes at 10,000 records: reserved once rather than copied at every doubling.
        records.reserveCapacity(records.count + parts.reduce(0) { $0 + $1.rows.record.utf8.count })
        indicators.reserveCapacity(indicators.count + parts.reduce(0) { $0 + $1.rows.indicators.utf8.count })
        for part in parts {
            records.append(contentsOf: part.rows.record.utf8)
            indicators.append(contentsOf: part.rows.indicators.utf8)
        }
        return [
            OutputFile(path: "data/records.csv", data: records),
            OutputFile(path: "data/indicators.csv", data: indicators),
            OutputFile(path: "data/records.json", data: envelope(parts.map(\.json))),
        ]
    }

    /// The record's JSON object and CSV lines, made from one `RecordData`.
    func part(_ entry: SiteModel.Entry) -> RecordOpenData {
        let data = RecordData(entry, links: model.links)
        return RecordOpenData(json: data.json.data,
                              rows: OpenDataRows(record: csvLines([recordRow(data)]), indicators: csvLines(indicatorRows(data))))
    }

    /// The envelope of every JSON file, with no records yet: what the numbers are, so a reader needs no other document.
    private static func emptyEnvelope(documentation: String) -> CanonicalJSON {
        .object(["format": .string("gongkai-records"), "version": .int(1), "currency": .string("CNY"),
                 "scale": .int(10000), "unit": .string("万元"), "documentation": .string(documentation), "records": .array([])])
    }

    /// The envelope around `records`, each already encoded; the same bytes as encoding the envelope whole.
    private func envelope(_ records: [Data]) -> Data {
        var json = opening
        json.reserveCapacity(opening.count + records.reduce(0) { $0 + $1.count + 1 } + closing.count)
        for (index, record) in records.enumerated() {
            if index > 0 { json.append(UInt8(ascii: ",")) }
            json.append(record)
        }
        json.append(closing)
        return json
    }

    /// The `record.json` beside the page of `entry`, around the record's JSON object.
    func recordJSON(_ entry: SiteModel.Entry, _ part: RecordOpenData) -> OutputFile {
        OutputFile(path: Links.recordData(entry), data: envelope([part.json]))
    }

    /// The record's own JSON inside a `record.json`, so `records.json` reuses what the page already encoded.
    func fragment(ofRecordJSON data: Data) -> Data? {
        guard data.count > opening.count + closing.count, data.starts(with: opening), data.suffix(closing.count).elementsEqual(closing) else { return nil }
        return data.dropFirst(opening.count).dropLast(closing.count)
    }

    /// A CSV file's first line, after a byte-order mark so spreadsheet programs on Windows read the Chinese.
    private func header(_ columns: [String]) -> Data {
        Data(("\u{FEFF}" + columns.joined(separator: ",") + "\r\n").utf8)
    }

    /// CSV lines per RFC 4180, each ending in CRLF.
    private func csvLines(_ rows: [[String]]) -> String {
        var text = ""
        for row in rows { text += row.map(Escape.csv).joined(separator: ",") + "\r\n" }
        return text
    }

    private func number(_ value: Decimal?) -> String { value.map(DecimalDigits.exactText) ?? "" }

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
