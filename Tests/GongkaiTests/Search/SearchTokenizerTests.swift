import Foundation
import Testing
@testable import Gongkai

/// One shared test vector: what the Swift and the browser tokenizer must both produce.
struct SearchTokenizerVector: Decodable, CustomTestStringConvertible, Sendable {
    let input: String
    let tokens: [String]
    let terms: [String]

    var testDescription: String { "“\(input)”" }

    /// The vectors in Tests/fixtures/tokenizer-vectors.json, shared with the JavaScript tests.
    static let all: [SearchTokenizerVector] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../fixtures/tokenizer-vectors.json")
        return try! JSONDecoder().decode([SearchTokenizerVector].self, from: Data(contentsOf: url))
    }()
}

@Suite("Search tokenizer")
struct SearchTokenizerTests {
    @Test("the shared vectors are at least 30")
    func enoughVectors() {
        #expect(SearchTokenizerVector.all.count >= 30)
    }

    @Test("tokens match the shared vector", arguments: SearchTokenizerVector.all)
    func sharedVector(_ vector: SearchTokenizerVector) {
        #expect(SearchTokenizer.tokens(in: vector.input) == vector.tokens)
    }

    @Test("a decimal never matches a longer or shorter number")
    func numbersAreExact() {
        let tokens = Set(SearchTokenizer.tokens(in: "合计1426.45万元，其中426.4万元"))
        #expect(!tokens.contains("426.45"))
        #expect(tokens.contains("1426.45"))
        #expect(tokens.contains("426.4"))
    }

    @Test("NFKC composes half-width kana with their voicing mark, as the browser does")
    func nfkcComposes() {
        #expect(SearchTokenizer.tokens(in: "ﾊﾟ") == ["パ"])
    }

    @Test("the fast path maps full-width forms and the ideographic space as NFKC does")
    func fastPathFullWidthMatchesNFKC() {
        for value in Array(0xFF01...0xFF5E) + [0x3000] {
            let scalar = Unicode.Scalar(UInt32(value))!
            let text = String(Character(scalar))
            let nfkc = text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
            #expect(SearchTokenizer.fullWidthASCII(scalar).map { String(Character($0)) } == nfkc, "U+\(String(value, radix: 16))")
        }
    }

    @Test("every scalar the fast path trusts is left unchanged by NFKC")
    func fastPathScalarsAreNFKCStable() {
        let ranges: [ClosedRange<UInt32>] = [0x09...0x0D, 0x20...0x7E, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0x3000...0x3020, 0x2010...0x2030]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), SearchTokenizer.isNFKCStable(scalar) else { continue }
                let text = String(Character(scalar))
                #expect(text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping == text, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test("packed tokens spell the same text as the tokens they stand for, whatever their length")
    func packedTokensKeepTheirText() {
        let text = "北 北塔 ｶﾞ 1234567 12345678 1234.56 café abcdefg abcdefgh 2023.12.31 𠀀𠀁"
        let tokens = SearchTokenizer.tokens(in: text)
        #expect(tokens == ["北", "北", "北塔", "塔", "ガ", "1234567", "12345678", "1234.56", "café", "abcdefg", "abcdefgh",
                           "2023", "12", "31", "𠀀", "𠀀𠀁", "𠀁"])
        var forms: [SearchToken] = []
        SearchTokenizer.forEachToken(in: text) { forms.append($0) }
        #expect(forms.map(\.text) == tokens)
        #expect(Set(forms).count == Set(tokens).count)
        #expect(forms[6] == .text("12345678") && forms[9] == SearchToken.ascii(Array("abcdefg".utf8)))
    }

    @Test("counting without tokens gives the number of tokens, on the shared vectors and on mixed text")
    func countMatchesTokens() {
        var texts = SearchTokenizerVector.all.map(\.input) + [
            "1,234,567.89", "1,2345", "12,345,678", "1234,567", ",123", "1,23", "3.14.15", "v1.2.3", "1.", ".5",
            "１２３，４５６．７", "ａｂｃ１２", "中文abc123,456.7元", "2023.12.31", "北　塔", "",
        ]
        // Seeded, so a failure names a string that fails again.
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        let alphabet = Array("北塔中a Z1,9.，．\n１ａ≥·")
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int(state % 24) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int(state >> 33) % alphabet.count])
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            texts.append(text)
        }
        for text in texts {
            #expect(SearchTokenizer.count(in: text) == SearchTokenizer.tokens(in: text).count, "“\(text)”")
        }
        #expect(texts.filter { SearchTokenCount.tokens(in: $0) != nil }.count > 3000, "most texts are counted without tokens")
        #expect(SearchTokenCount.tokens(in: "ﾊﾟ") == nil)
    }
}
