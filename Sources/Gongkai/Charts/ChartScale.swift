import Foundation

/// A linear map from an exact value domain to drawing coordinates, with round "nice" ticks.
///
/// The domain always holds zero (bars start at zero), is widened to whole steps, and is never
/// empty: with no values or only zeros it is 0…1.
public struct ChartScale: Sendable, Equatable {
    /// The first tick, at or below every value.
    public let lower: Decimal
    /// The last tick, at or above every value.
    public let upper: Decimal
    /// The distance between ticks: 1, 2 or 5 times a power of ten.
    public let step: Decimal
    /// The coordinate `lower` maps to.
    public let from: Double
    /// The coordinate `upper` maps to.
    public let to: Double
    /// `upper - lower` as a `Double`, worked out once: every position divides by it.
    private let span: Double

    /// A scale covering `values` (and zero, unless `includeZero` is false) drawn between `from` and `to`.
    public init(
        values: [Decimal], from: Double = 0, to: Double = 1, targetTicks: Int = 5,
        includeZero: Bool = true, integerSteps: Bool = false
    ) {
        var lo = values.min() ?? 0
        var hi = values.max() ?? 0
        if includeZero { lo = Swift.min(lo, 0); hi = Swift.max(hi, 0) }
        if lo == hi {
            if lo > 0 { lo = 0 } else if lo < 0 { hi = 0 } else { hi = 1 }
        }
        let (step, reciprocal) = Self.niceStep(span: hi - lo, target: targetTicks, integer: integerSteps)
        self.step = step
        self.lower = Self.floor(lo * reciprocal) * step
        self.upper = Swift.max(Self.ceil(hi * reciprocal) * step, self.lower + step)
        self.span = (upper - lower).chartDouble
        self.from = from.isFinite ? from : 0
        self.to = to.isFinite ? to : 1
    }

    private init(lower: Decimal, upper: Decimal, step: Decimal, from: Double, to: Double) {
        self.lower = lower
        self.upper = upper
        self.step = step
        self.span = (upper - lower).chartDouble
        self.from = from.isFinite ? from : 0
        self.to = to.isFinite ? to : 1
    }

    /// The same domain and ticks drawn between `from` and `to`.
    public func drawn(from: Double, to: Double) -> ChartScale {
        ChartScale(lower: lower, upper: upper, step: step, from: from, to: to)
    }

    /// The ticks from `lower` to `upper`, `step` apart.
    public var ticks: [Decimal] {
        // Both ends are whole steps, so the quotient is a small whole number and a Double holds it exactly.
        let count = Int((span / step.chartDouble).rounded())
        return (0...Swift.max(1, Swift.min(count, 200))).map { lower + Decimal($0) * step }
    }

    /// The coordinate of `value`; values outside the domain extrapolate linearly.
    public func position(_ value: Decimal) -> Double {
        guard span > 0, span.isFinite else { return from }
        let t = (value - lower).chartDouble / span
        let result = from + t * (to - from)
        return result.isFinite ? result : from
    }

    /// 1, 2, 5 or 10 times a power of ten, so that `span` holds about `target` steps, and that step's reciprocal.
    ///
    /// The reciprocal of such a step is 10, 5, 2 or 1 times a power of ten, so multiplying by it is exact and
    /// gives the quotient that dividing would, at a fraction of the cost of `Decimal` division.
    static func niceStep(span: Decimal, target: Int, integer: Bool) -> (step: Decimal, reciprocal: Decimal) {
        let raw = span.chartDouble / Double(Swift.max(target, 1))
        guard raw.isFinite, raw > 0 else { return (1, 1) }
        let exponent = Int(Foundation.floor(log10(raw)))
        let fraction = raw / pow(10, Double(exponent))
        let factor = fraction <= 1.0000001 ? 1 : fraction <= 2.0000001 ? 2 : fraction <= 5.0000001 ? 5 : 10
        let step = Decimal(factor) * Decimal(sign: .plus, exponent: exponent, significand: 1)
        if integer && step < 1 { return (1, 1) }
        return (step, Decimal(10 / factor) * Decimal(sign: .plus, exponent: -exponent - 1, significand: 1))
    }

    /// The greatest integer not above `value`.
    static func floor(_ value: Decimal) -> Decimal {
        let r = rounded(value)
        return r > value ? r - 1 : r
    }

    /// The least integer not below `value`.
    static func ceil(_ value: Decimal) -> Decimal {
        let r = rounded(value)
        return r < value ? r + 1 : r
    }

    private static func rounded(_ value: Decimal) -> Decimal {
        var value = value
        var result = Decimal()
        NSDecimalRound(&result, &value, 0, .plain)
        return result
    }
}

extension Decimal {
    /// The nearest Double, for geometry only; labels are always formatted from the Decimal itself.
    var chartDouble: Double {
        guard !isNaN else { return 0 }
        let d = NSDecimalNumber(decimal: self).doubleValue
        return d.isFinite ? d : 0
    }
}
