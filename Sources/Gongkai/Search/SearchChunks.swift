import Foundation

/// Cuts each document's row, its display values and snippet text, into the `t/` chunk files that the page
/// fetches only for the hits shown.
///
/// Rows are chunked within groups, the runs of documents of one year and province, and a chunk file is named by its
/// group and its place in the group. Chunks counted from the first document would all move when a report is added;
/// these move only in the report's group, unless the report changes the chunk size (docs/search.md §2.4).
struct SearchChunks {
    /// A run of documents of one year and province, and where its rows are.
    struct Group {
        /// Names the group's files: the year, or `units` for unit pages, and a hash of the province, or `none`
        /// (docs/search.md §2.4).
        let name: String
        /// The number of the group's first document.
        let start: Int
    }

    /// Documents per chunk.
    let size: Int
    /// Every group, in index order.
    let groups: [Group]
    /// The chunk files, `search/t/<group>-<n>.json`.
    let files: [SearchIndexFile]

    /// Chunks the rows of `documents`, in index order, sized to hold about `targetBytes` each.
    init(_ documents: [SearchDocument], targetBytes: Int, maxDocuments: Int) {
        let encoded = documents.parallelMap { Self.row($0).bytes }
        let averageBytes = encoded.isEmpty ? 1 : Double(encoded.reduce(0) { $0 + $1.count }) / Double(encoded.count)
        var size = 1
        while size * 2 <= maxDocuments, Double(size * 2) * averageBytes <= Double(targetBytes) { size *= 2 }
        self.size = size
        groups = Self.groups(documents)
        let ends = groups.dropFirst().map(\.start) + [documents.count]
        let chunks = zip(groups, ends).flatMap { group, end in
            stride(from: group.start, to: end, by: size).map { start in
                (path: "search/t/\(group.name)-\((start - group.start) / size).json", rows: start..<min(start + size, end))
            }
        }
        files = chunks.parallelMap { chunk in
            let rows = encoded[chunk.rows]
            var bytes: [UInt8] = []
            bytes.reserveCapacity(rows.reduce(rows.count + 1) { $0 + $1.count })
            bytes.append(UInt8(ascii: "["))
            for (index, row) in rows.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: ",")) }
                bytes += row
            }
            bytes.append(UInt8(ascii: "]"))
            return SearchIndexFile(path: chunk.path, bytes: Data(bytes))
        }
    }

    /// The groups of `documents`, in index order, where each year and province is one run.
    private static func groups(_ documents: [SearchDocument]) -> [Group] {
        var groups: [Group] = []
        var names = Set<String>()
        for (number, document) in documents.enumerated() {
            if number > 0, documents[number - 1].year == document.year, documents[number - 1].province == document.province { continue }
            let province = document.province.map { String(SearchFNV.hash($0), radix: 16) } ?? "none"
            let year = document.year.map { String($0) } ?? "units"
            var name = "\(year)-\(province)"
            // Two provinces whose names hash alike, which no real pair does, still get files of their own.
            if !names.insert(name).inserted { name += "-\(groups.count)" }
            groups.append(Group(name: name, start: number))
        }
        return groups
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
