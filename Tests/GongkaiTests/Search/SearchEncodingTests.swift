import Foundation
import Testing
@testable import Gongkai

@Suite("Search index encodings")
struct SearchEncodingTests {
    @Test("postings are gaps in base 32 with one weight character each")
    func gapForm() {
        // 0 → "A", weight 1 → "B"; gap 0 → "A", weight 2 → "C"; gap 38 = 1·32 + 6 → "h" "G", weight 63 → "_".
        #expect(encode([(0, 1), (1, 2), (40, 63)], documents: 100) == "ABAChG_")
    }

    @Test("a token in most documents is written densely, one weight per document")
    func denseForm() {
        #expect(encode([(0, 1), (1, 2), (3, 3)], documents: 4) == "=BCAD")
        #expect(encode([(0, 1), (3, 3)], documents: 4) == "ABCD")
        #expect(SearchIndexReader.decode("=BCAD").map(\.document) == [0, 1, 3])
    }

    @Test("FNV-1a matches the published values and the browser's", arguments: [
        ("", 2_166_136_261 as UInt32), ("a", 0xE40C_292C), ("预算", 135_236_572),
    ])
    func fnv(token: String, hash: UInt32) {
        #expect(SearchFNV.hash(token) == hash)
    }

    @Test("JSON keys are sorted, strings escaped, invisible controls dropped, whole numbers plain")
    func json() {
        let value = CanonicalJSON.object([
            "b": .string("他说\u{202E}“好”\n\"x\"\\"), "a": .array([.int(1), .number(2), .number(0.75), .null]),
        ])
        #expect(value.text == #"{"a":[1,2,0.75,null],"b":"他说“好”\n\"x\"\\"}"#)
    }

    @Test("a string escapes and drops exactly the code points the scalar rules say, each control among other text")
    func jsonStringMatchesScalarRules() {
        let values: [UInt32] = Array(0...0xA0) + [0xE9, 0x4E2D, 0x20000, 0x2028, 0x2029]
            + Array(0x200C...0x2010) + Array(0x2029...0x202F) + Array(0x2065...0x206A)
        var text = "", expected = "\""
        for scalar in values.compactMap(Unicode.Scalar.init) {
            text.unicodeScalars += ["中", scalar, "a"]
            expected += "中"
            switch scalar {
            case "\"": expected += "\\\""
            case "\\": expected += "\\\\"
            case "\n": expected += "\\n"
            case "\r": expected += "\\r"
            case "\t": expected += "\\t"
            case _ where Escape.isInvisibleControl(scalar): break
            default: expected.unicodeScalars.append(scalar)
            }
            expected += "a"
        }
        #expect(CanonicalJSON.string(text).text == expected + "\"")
    }

    @Test("a document's tally keeps every sum and the order of first sight as it grows, and empties for the next")
    func tally() {
        var tally = SearchTokenTally()
        // 3,000 distinct tokens make the table grow from 1,024 slots three times; every token is added twice.
        let tokens = (1...3_000).map { UInt64($0) << 40 | 1 << 63 }
        for token in tokens + tokens { tally.add(Double(token >> 40), to: token) }
        var seen: [(UInt64, Double)] = []
        tally.forEach { seen.append(($0, $1)) }
        #expect(seen.map(\.0) == tokens)
        #expect(seen.map(\.1) == tokens.map { Double($0 >> 40) * 2 })
        tally.removeAll()
        tally.add(0.5, to: tokens[7])
        seen = []
        tally.forEach { seen.append(($0, $1)) }
        #expect(seen.count == 1 && seen[0] == (tokens[7], 0.5))
    }

    @Test("a token table finds each token it was given, after growing, and no other")
    func tokenTable() {
        var table = SearchTokenTable<Int>(filler: 0)
        // 5,000 tokens grow the table from 1,024 slots three times.
        let tokens = (1...5_000).map { UInt64($0) << 3 | 1 << 63 }
        for (position, token) in tokens.enumerated() {
            #expect(table.slot(of: token, adding: position).added)
        }
        #expect(!table.slot(of: tokens[42], adding: -1).added)
        #expect(tokens.enumerated().allSatisfy { table.value(of: $1) == $0 })
        #expect(table.value(of: 5_001 << 3 | 1 << 63) == nil)
        var order: [UInt64] = []
        table.forEach { token, _ in order.append(token) }
        #expect(order == tokens)
    }

    @Test("index files are gzip with no name or time in the header, and unzip to the same bytes")
    func gzip() throws {
        let json = Data(#"["北塔区财政局 2023年度部门整体支出绩效自评报告","426.45"]"#.utf8)
        let zipped = Gzip.compress(json)
        // Magic, deflate, no flags, no time (four zero bytes), 4 for the fastest level, unknown OS.
        #expect(Array(zipped.prefix(10)) == [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 4, 0xFF])
        #expect(try Gzip.decompress(zipped) == json)
        #expect(Gzip.compress(json) == zipped)
        #expect(throws: Gzip.Failure.self) { try Gzip.decompress(zipped.prefix(zipped.count - 4)) }
    }

    /// The postings string of `(document, weight)` pairs.
    private func encode(_ pairs: [(Int, Int)], documents: Int) -> String {
        SearchPostingsEncoding.encode(pairs.map { (document: $0.0, weight: $0.1) }, documentCount: documents)
    }
}
