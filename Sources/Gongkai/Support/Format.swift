import Foundation

/// Formats exact decimals the way every page, chart and table shows them.
public enum Format {
    /// An amount in 万元 with thousands separators and two decimals: `1,234.50`.
    public static func amount(_ value: Decimal) -> String {
        grouped(fixed(value, places: 2))
    }

    /// A percentage to one decimal with its sign: `99.9%`.
    public static func percent(_ value: Decimal) -> String {
        fixed(value, places: 1) + "%"
    }

    /// A number as the record states it, without padding: `95`, `89.5`, `312.95`.
    public static func plain(_ value: Decimal) -> String {
        // A quotient can carry 38 digits; rounded first, it fits.
        if let digits = DecimalDigits(value, places: 6) ?? DecimalDigits(value.rounded(places: 6), places: 6) { return digits.text() }
        return plainByDescription(value)
    }

    /// `plain` through `Decimal.description`, for values `DecimalDigits` cannot hold.
    static func plainByDescription(_ value: Decimal) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 6, .plain)
        return rounded.description
    }

    /// A signed change with two decimals: `+12.30`, `-4.00`.
    public static func signedAmount(_ value: Decimal) -> String {
        (value > 0 ? "+" : "") + amount(value)
    }

    /// A signed percentage change to one decimal: `+3.2%`.
    public static func signedPercent(_ value: Decimal) -> String {
        (value > 0 ? "+" : "") + percent(value)
    }

    /// `value` rounded half away from zero to `places` decimals, written with exactly that many.
    static func fixed(_ value: Decimal, places: Int) -> String {
        if let digits = DecimalDigits(value, places: places) ?? DecimalDigits(value.rounded(places: places), places: places) {
            return digits.text(places: places)
        }
        return fixedByDescription(value, places: places)
    }

    /// `fixed` through `Decimal.description`, for values `DecimalDigits` cannot hold.
    static func fixedByDescription(_ value: Decimal, places: Int) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, places, .plain)
        if rounded.isZero { rounded = 0 }
        var text = rounded.description
        let negative = text.hasPrefix("-")
        if negative { text.removeFirst() }
        var parts = text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        if parts.count == 1 { parts.append("") }
        let fraction = parts[1].padding(toLength: places, withPad: "0", startingAt: 0)
        let body = places > 0 ? parts[0] + "." + fraction : parts[0]
        return (negative ? "-" : "") + body
    }

    /// Inserts thousands separators into the integer part of a plain decimal string of ASCII digits, such as
    /// `fixed` and `plain` write.
    static func grouped(_ text: String) -> String {
        let bytes = Array(text.utf8)
        let start = bytes.first == UInt8(ascii: "-") ? 1 : 0
        let end = bytes[start...].firstIndex(of: UInt8(ascii: ".")) ?? bytes.count
        guard end - start > 3 else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + (end - start) / 3)
        out += bytes[..<start]
        for index in start..<end {
            if index > start && (end - index) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(bytes[index])
        }
        out += bytes[end...]
        return String(decoding: out, as: UTF8.self)
    }
}
