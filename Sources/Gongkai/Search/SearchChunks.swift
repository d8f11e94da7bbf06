import Foundation

/// Cuts each document's row, its display values and snippet text, into the `t/` chunk files that the page
/// fetches only for the hits shown.
struct SearchChunks {
    /// Documents per chunk.
    let size: Int
    /// The chunk files, `search/t/<n>.json`.
    let files: [SearchIndexFile]

    /// Chunks the rows of `documents`, in index order, sized to hold about `targetBytes` each.
    init(_ documents: [SearchDocument], targetBytes: Int, maxDocuments: Int) {
        let encoded = documents.parallelMap { Self.row($0).bytes }
        let averageBytes = encoded.isEmpty ? 1 : Double(encoded.reduce(0) { $0 + $1.count }) / Double(encoded.count)
        var size = 1
        while size * 2 <= maxDocuments, Double(size * 2) * averageBytes <= Double(targetBytes) { size *= 2 }
        self.size = size
        let chunkSize = size
        self.files = Array(stride(from: 0, to: encoded.count, by: chunkSize)).parallelMap { start in
            let rows = encoded[start..<min(start + chunkSize, encoded.count)]
            var chunk: [UInt8] = []
            chunk.reserveCapacity(rows.reduce(rows.count + 1) { $0 + $1.count })
            chunk.append(UInt8(ascii: "["))
            for (index, row) in rows.enumerated() {
                if index > 0 { chunk.append(UInt8(ascii: ",")) }
                chunk += row
            }
            chunk.append(UInt8(ascii: "]"))
            return SearchIndexFile(path: "search/t/\(start / chunkSize).json", bytes: Data(chunk))
        }
    }

    /// The `columns` of a row, in order.
    static let columns = ["url", "title", "unit", "province", "year", "score", "grade", "kind", "text"]

    /// A document's row, its values in the order of `columns`. The text, for snippets, is the document's
    /// non-empty fields joined by line breaks.
    static func row(_ document: SearchDocument) -> CanonicalJSON {
        .array([
            .string(document.url), .string(document.title), .string(document.unit),
            .string(document.province), .int(document.year), .string(document.score), .string(document.grade),
            .string(document.kind.rawValue),
            .string(document.fields.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n")),
        ])
    }
}
