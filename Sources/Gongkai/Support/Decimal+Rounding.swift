import Foundation

extension Decimal {
    /// The value rounded half away from zero to `places` decimals.
    public func rounded(places: Int) -> Decimal {
        var value = self
        var result = Decimal()
        NSDecimalRound(&result, &value, places, .plain)
        return result
    }

    public var isWhole: Bool { rounded(places: 0) == self }

    /// The value as a `Double`, for drawing only; figures shown are always formatted from the decimal.
    public var doubleValue: Double { NSDecimalNumber(decimal: self).doubleValue }

    /// The magnitude, without its sign.
    public var absolute: Decimal { self < 0 ? -self : self }
}
