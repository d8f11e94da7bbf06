import Foundation

/// Whether an indicator's actual value meets its target: 达成, 未达成, or 定性 where either is not a number.
public enum IndicatorStatus: String, Sendable, Hashable {
    case met = "达成"
    case notMet = "未达成"
    case qualitative = "定性"

    /// Compares `actual` with `target` where both read as numbers or percentages.
    ///
    /// A target with no comparison sign is a floor (`100%` means at least 100%), except for a
    /// 成本指标 (cost indicator), where it is a ceiling.
    public init(target: String?, actual: String?, level2: String? = nil) {
        guard let target = target.flatMap(Measured.init), let actual = actual.flatMap(Measured.init),
              actual.comparison == nil else {
            self = .qualitative
            return
        }
        let comparison = target.comparison ?? (level2.map { ByteSearch.contains($0, "成本") } == true ? .atMost : .atLeast)
        let met: Bool
        switch comparison {
        case .atLeast: met = actual.value >= target.value
        case .above: met = actual.value > target.value
        case .atMost: met = actual.value <= target.value
        case .below: met = actual.value < target.value
        case .equal: met = actual.value == target.value
        }
        self = met ? .met : .notMet
    }

    /// A number as indicator tables write it: an optional comparison, digits, an optional unit.
    struct Measured {
        enum Comparison { case atLeast, above, atMost, below, equal }

        var comparison: Comparison?
        var value: Decimal

        /// The comparison signs, as UTF-8 bytes; a longer sign comes before any it starts with.
        static let comparisons: [(sign: [UInt8], comparison: Comparison)] = {
            let signs: [(String, Comparison)] = [
                ("≥", .atLeast), (">=", .atLeast), ("＞=", .atLeast), ("不低于", .atLeast), ("不少于", .atLeast),
                ("≤", .atMost), ("<=", .atMost), ("＜=", .atMost), ("不高于", .atMost), ("不超过", .atMost),
                (">", .above), ("＞", .above), ("<", .below), ("＜", .below), ("=", .equal), ("＝", .equal),
            ]
            return signs.map { (Array($0.utf8), $1) }
        }()
        /// The units a number may end with, as UTF-8 bytes; a longer unit comes before any it ends with.
        static let units: [[UInt8]] = ["%", "％", "万元", "元", "个", "篇", "人次", "次", "人", "天", "日", "件", "项", "分", "条", "场", "户"]
            .map { Array($0.utf8) }

        init?(_ text: String) {
            // Most indicator values are words (完成, 合规); without an ASCII digit no sign or unit can make a number.
            guard text.utf8.contains(where: { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }) else { return nil }
            var rest = Array(text.trimmed.utf8)[...]
            if let (sign, comparison) = Measured.comparisons.first(where: { rest.starts(with: $0.sign) }) {
                self.comparison = comparison
                rest = rest.dropFirst(sign.count).drop { $0 == UInt8(ascii: " ") }
            }
            if let unit = Measured.units.first(where: { rest.suffix($0.count).elementsEqual($0) }) {
                rest = rest.dropLast(unit.count)
            }
            guard case .success(let value) = DecimalText.parse(String(decoding: rest, as: UTF8.self).trimmed) else { return nil }
            self.value = value
        }
    }
}
