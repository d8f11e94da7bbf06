import Foundation

/// An exact decimal as a whole number of units at some scale: `digits / 10^scale`, negative when `isNegative`.
///
/// Turning a `Decimal` into text through `description` costs about a microsecond, which pages that show
/// thousands of figures felt. Reading its significand and exponent is exact and some twenty times faster,
/// for every value whose significand fits in 64 bits; other values are left to `description`.
struct DecimalDigits: Equatable {
    var isNegative: Bool
    var digits: UInt64
    var scale: Int

    /// `value` rounded half away from zero to at most `places` decimals; nil when it does not fit.
    init?(_ value: Decimal, places: Int) {
        guard value.isFinite, (0...18).contains(places) else { return nil }
        let significand = value.significand
        // A significand too large for 64 bits comes back wrapped, and converting back tells.
        let whole = NSDecimalNumber(decimal: significand).uint64Value
        guard Decimal(whole) == significand else { return nil }
        let exponent = value.exponent
        if exponent >= 0 {
            guard exponent <= 18 else { return nil }
            let (product, overflow) = whole.multipliedReportingOverflow(by: Self.power(exponent))
            guard !overflow else { return nil }
            digits = product
            scale = 0
        } else if -exponent <= places {
            digits = whole
            scale = -exponent
        } else {
            let dropped = -exponent - places
            guard dropped <= 19 else { return nil }
            let divisor = Self.power(dropped)
            let (quotient, remainder) = whole.quotientAndRemainder(dividingBy: divisor)
            digits = remainder >= divisor / 2 ? quotient + 1 : quotient
            scale = places
        }
        isNegative = value.sign == .minus && digits != 0
    }

    /// `value` written out exactly, as `description` writes it: every digit of its significand, and no exponent.
    static func exactText(_ value: Decimal) -> String {
        guard value.exponent >= -18, let digits = DecimalDigits(value, places: 18) else { return value.description }
        return digits.text(places: digits.scale)
    }

    /// The digits written out with exactly `places` decimals, or with trailing zeros dropped when `places` is nil.
    func text(places: Int? = nil) -> String {
        var digits = digits, scale = scale
        if places == nil {
            while scale > 0, digits % 10 == 0 {
                digits /= 10
                scale -= 1
            }
        }
        var text = String(digits)
        if scale > 0 {
            if text.count <= scale { text = String(repeating: "0", count: scale - text.count + 1) + text }
            text.insert(".", at: text.index(text.endIndex, offsetBy: -scale))
        }
        if let places, places > scale {
            text += (scale == 0 ? "." : "") + String(repeating: "0", count: places - scale)
        }
        return isNegative ? "-" + text : text
    }

    private static func power(_ exponent: Int) -> UInt64 {
        var result: UInt64 = 1
        for _ in 0..<exponent { result *= 10 }
        return result
    }
}
