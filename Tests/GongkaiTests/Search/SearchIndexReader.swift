import Foundation
@testable import Gongkai

/// Reads back what SearchIndexWriter wrote, as the browser would, so tests can check the files' meaning.
struct SearchIndexReader {
    let files: [String: Data]
    let meta: [String: Any]

    init(_ files: [SearchIndexFile]) throws {
        self.files = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) })
        self.meta = try parseJSON("search/meta.json", in: self.files) as! [String: Any]
    }

    /// The parsed JSON of one file.
    func json(_ path: String) throws -> Any { try parseJSON(path, in: files) }

    /// The documents containing `token` and their weights, following the shard and any `p/x/` file.
    func postings(_ token: String) throws -> [(document: Int, weight: Int)] {
        let shards = meta["shards"] as! Int
        let shard = try json("search/p/\(Int(SearchFNV.hash(token)) % shards).json.gz") as! [String: Any]
        switch shard[token] {
        case let text as String: return Self.decode(text)
        case let file as Int: return Self.decode(try json("search/p/x/\(file).json.gz") as! String)
        default: return []
        }
    }

    /// The row of document `number`, keyed by column.
    func display(_ number: Int) throws -> [String: Any] {
        let chunk = meta["chunk"] as! Int
        let group = (meta["groups"] as! [[String: Any]]).last { ($0["start"] as! Int) <= number }!
        let offset = number - (group["start"] as! Int)
        let rows = try json("search/t/\(group["name"] as! String)-\(offset / chunk).json.gz") as! [[Any]]
        let columns = meta["columns"] as! [String]
        return Dictionary(uniqueKeysWithValues: zip(columns, rows[offset % chunk]))
    }

    /// The snippet text of document `number`.
    func text(_ number: Int) throws -> String {
        try display(number)["text"] as! String
    }

    /// The number of the document with `url`.
    func number(ofURL url: String) throws -> Int {
        try (0..<(meta["docs"] as! Int)).first { try display($0)["url"] as? String == url }!
    }

    /// Decodes a postings string of either form.
    static func decode(_ text: String) -> [(document: Int, weight: Int)] {
        let values = text.unicodeScalars.map { SearchPostingsEncoding.alphabet.firstIndex(of: $0) ?? -1 }
        if text.hasPrefix("=") {
            return values.dropFirst().enumerated().filter { $0.element > 0 }.map { ($0.offset, $0.element) }
        }
        var postings: [(document: Int, weight: Int)] = []
        var previous = -1, gap = 0, index = 0
        while index < values.count {
            if values[index] >= 32 {
                gap = gap * 32 + values[index] - 32
            } else {
                previous += gap * 32 + values[index] + 1
                postings.append((previous, values[index + 1]))
                gap = 0
                index += 1
            }
            index += 1
        }
        return postings
    }
}

private func parseJSON(_ path: String, in files: [String: Data]) throws -> Any {
    guard let data = files[path] else { throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path]) }
    let json = path.hasSuffix(".gz") ? try Gzip.decompress(data) : data
    return try JSONSerialization.jsonObject(with: json, options: [.fragmentsAllowed])
}
