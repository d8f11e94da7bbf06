import Foundation

/// How a chart writes its numbers — amounts with a unit, percentages, scores or counts — always through `Format`.
public enum ChartValueFormat: Sendable, Equatable {
    /// `Format.amount` and a unit after a space: "312.95 万元".
    case amount(unit: String)
    /// `Format.percent`, for values already in percent: 99.94 → "99.9%".
    case percent
    /// `Format.plain` and a suffix: "92.5分".
    case plain(suffix: String)
    /// `Format.plain` and a suffix, with whole-number ticks: "12个".
    case count(suffix: String)

    /// Amounts in 万元, the unit of every budget table.
    public static let wanYuan = ChartValueFormat.amount(unit: "万元")
    /// What tables and descriptions say for a value the record does not state.
    public static let missing = "未填报"

    /// The label for an exact value.
    public func label(_ value: Decimal) -> String {
        switch self {
        case .amount(let unit): return Format.amount(value) + (unit.isEmpty ? "" : " " + unit)
        case .percent: return Format.percent(value)
        case .plain(let suffix), .count(let suffix): return Format.plain(value) + suffix
        }
    }

    /// The label for a value, or `missing` when it is not stated.
    public func label(_ value: Decimal?) -> String {
        value.map(label) ?? Self.missing
    }

    /// A tick label: grouped digits without padding or unit ("1,500", "50%").
    func tick(_ value: Decimal) -> String {
        let digits = Format.grouped(Format.plain(value))
        return self == .percent ? digits + "%" : digits
    }

    /// The caption under an axis, such as "单位：万元".
    var unitCaption: String? {
        switch self {
        case .amount(let unit): return unit.isEmpty ? nil : "单位：" + unit
        case .percent: return nil
        case .plain(let suffix), .count(let suffix): return suffix.isEmpty ? nil : "单位：" + suffix
        }
    }

    var integerSteps: Bool {
        if case .count = self { return true }
        return false
    }
}

/// The Okabe–Ito colour-blind-safe palette, with a text colour of at least 4.5:1 contrast on each fill.
public enum ChartPalette {
    /// Fill colours in the order series use them.
    public static let fills = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]

    /// The fill of the series at `index`, cycling.
    public static func fill(_ index: Int) -> String {
        fills[((index % fills.count) + fills.count) % fills.count]
    }

    /// Text colour for labels drawn on top of `fill`: white on the dark blue and black, black elsewhere.
    static func ink(on fill: String) -> String {
        fill == "#0072B2" || fill == "#000000" ? "#ffffff" : "#000000"
    }
}
