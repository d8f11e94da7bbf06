import Foundation
import Testing
@testable import Gongkai

/// Figures read from significand and exponent come out exactly as through `Decimal.description`.
@Suite struct DecimalFormatTests {
    @Test(arguments: ["0", "95", "89.5", "312.95", "0.30", "-4", "-0.004", "0.005", "-0.005", "1234567.891",
                      "99.99", "99.95", "0.0000005", "1e5", "123456789012.345678", "999999999999999999",
                      "12345678901234567890", "18446744073709551615", "18446744073709551616", "1844674407370955161.6",
                      "1234567890123456789012", "0.1234567890123456789"])
    func examplesMatchTheSlowPath(_ text: String) throws {
        let value = try #require(Decimal(string: text))
        for places in 0...4 {
            #expect(Format.fixed(value, places: places) == Format.fixedByDescription(value, places: places), "\(text) to \(places)")
        }
        #expect(Format.plain(value) == Format.plainByDescription(value), "\(text)")
        #expect(DecimalDigits.exactText(value) == value.description, "\(text)")
    }

    @Test func randomFiguresMatchTheSlowPath() {
        var random = SeededRandom(state: 20_251_122)
        for _ in 0..<20_000 {
            let digits = String(UInt64.random(in: 0...999_999_999_999, using: &random))
            let point = Int.random(in: 0...digits.count, using: &random)
            let sign = Bool.random(using: &random) ? "-" : ""
            let whole = point == 0 ? "0" : String(digits.prefix(point))
            let text = sign + whole + (point < digits.count ? "." + digits.dropFirst(point) : "")
            let value = Decimal(string: text)!
            let places = Int.random(in: 0...3, using: &random)
            #expect(DecimalDigits(value, places: places) != nil, "\(text) takes the fast path")
            #expect(Format.fixed(value, places: places) == Format.fixedByDescription(value, places: places), "\(text) to \(places)")
            #expect(Format.plain(value) == Format.plainByDescription(value), "\(text)")
            #expect(DecimalDigits.exactText(value) == value.description, "\(text)")
        }
    }

    @Test func quotientsWithThirtyEightDigitsMatchTheSlowPath() {
        for (numerator, denominator) in [(1, 3), (2, 3), (-200, 7), (99_999, 11), (5, 9_000_000), (312_95, 185_32)] {
            let value = Decimal(numerator) / Decimal(denominator)
            #expect(DecimalDigits.exactText(value) == value.description, "\(value)")
            for places in 0...4 {
                #expect(Format.fixed(value, places: places) == Format.fixedByDescription(value, places: places), "\(value) to \(places)")
            }
            #expect(Format.plain(value) == Format.plainByDescription(value), "\(value)")
        }
    }

    @Test("thousands separators go into the integer part only, after any sign", arguments: [
        ("0.00", "0.00"), ("999", "999"), ("1000", "1,000"), ("-1000.5", "-1,000.5"), ("-999.99", "-999.99"),
        ("1234567.89", "1,234,567.89"), ("123456", "123,456"), ("-12345678901234567890.12", "-12,345,678,901,234,567,890.12"),
    ])
    func groupedSeparatesThousands(_ text: String, _ expected: String) {
        #expect(Format.grouped(text) == expected)
    }

    @Test func significandsBeyondSixtyFourBitsTakeTheSlowPath() throws {
        #expect(DecimalDigits(try #require(Decimal(string: "1234567890123456789012")), places: 2) == nil)
        #expect(DecimalDigits(try #require(Decimal(string: "18446744073709551616")), places: 0) == nil)
        #expect(DecimalDigits(try #require(Decimal(string: "18446744073709551615")), places: 0)?.digits == UInt64.max)
        #expect(Format.amount(try #require(Decimal(string: "1234567890123456789012"))) == "1,234,567,890,123,456,789,012.00")
    }
}
