import Foundation

/// Cuts per-document values into the `d/` and `t/` chunk files that the page fetches only for the hits shown.
struct SearchChunks {
    /// Documents per chunk.
    let size: Int
    /// The chunk files, `<directory>/<n>.json`.
    let files: [SearchIndexFile]

    /// Chunks `values`, one per document in index order, sized to hold about `targetBytes` each.
    init(directory: String, values: [SearchJSON], targetBytes: Int, maxDocuments: Int) {
        let encoded = values.parallelMap(\.text)
        let averageBytes = encoded.isEmpty ? 1 : Double(encoded.reduce(0) { $0 + $1.utf8.count }) / Double(encoded.count)
        var size = 1
        while size * 2 <= maxDocuments, Double(size * 2) * averageBytes <= Double(targetBytes) { size *= 2 }
        self.size = size
        self.files = stride(from: 0, to: values.count, by: size).map { start in
            let chunk = "[" + encoded[start..<min(start + size, values.count)].joined(separator: ",") + "]"
            return SearchIndexFile(path: "\(directory)/\(start / size).json", bytes: Data(chunk.utf8))
        }
    }

    /// The `columns` of a display row, in order.
    static let columns = ["url", "title", "unit", "province", "year", "score", "grade", "kind"]

    /// A document's display row, its values in the order of `columns`.
    static func displayRow(_ document: SearchDocument) -> SearchJSON {
        .array([
            .string(document.url), .string(document.title), .string(document.unit),
            .string(document.province), .int(document.year), .string(document.score), .string(document.grade),
            .string(document.kind.rawValue),
        ])
    }

    /// A document's text for snippets: its non-empty fields joined by line breaks.
    static func text(_ document: SearchDocument) -> SearchJSON {
        .string(document.fields.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n"))
    }
}
