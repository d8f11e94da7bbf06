import Foundation

/// One record's share of the downloads: its JSON object and its CSV lines, as every file that lists it holds them.
struct RecordOpenData: Sendable {
    /// The record's JSON object, as `record.json` and `records.json` hold it.
    var json: Data
    /// The record's lines of the CSV files.
    var rows: OpenDataRows
}

/// One record's lines of `records.csv` and `indicators.csv`, each line ending in CRLF.
struct OpenDataRows: Equatable, CacheValue {
    /// The record's line of `records.csv`.
    var record: String
    /// One line of `indicators.csv` per indicator; empty when the record has none.
    var indicators: String

    var cacheJSON: CanonicalJSON { .object(["record": .string(record), "indicators": .string(indicators)]) }
}
