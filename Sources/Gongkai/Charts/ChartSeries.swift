import Foundation

/// One named row of values, one per category; nil means the record does not state it and nothing is drawn.
public struct ChartSeries: Sendable, Equatable {
    /// The name shown in the legend and as a table column, such as "预算" or "实际".
    public var name: String
    /// One value per category, in category order; missing trailing values count as nil.
    public var values: [Decimal?]
    /// Optional text appended to a value's label in the chart and the table, such as "执行率 100.0%".
    public var notes: [String?]

    public init(_ name: String, _ values: [Decimal?], notes: [String?] = []) {
        self.name = name
        self.values = values
        self.notes = notes
    }

    /// The label of the value at `index` with its note: "312.95 万元（执行率 100.0%）"; nil when not stated.
    func label(_ index: Int, format: ChartValueFormat) -> String? {
        guard let value = values.chartValue(index) else { return nil }
        let note = (notes.chartElement(index) ?? nil) ?? ""
        return format.label(value) + (note.isEmpty ? "" : "（" + note + "）")
    }

    /// The table cell for `index`: the label, or "未填报".
    func cell(_ index: Int, format: ChartValueFormat) -> String {
        label(index, format: format) ?? ChartValueFormat.missing
    }

    /// "name label" for a description, or "name未填报".
    static func phrase(_ name: String, _ label: String?) -> String {
        label.map { name + " " + $0 } ?? name + ChartValueFormat.missing
    }
}

extension Array where Element == ChartSeries {
    /// Every stated value for the first `count` categories, in order.
    func chartValues(count: Int) -> [Decimal] {
        flatMap { series in (0..<count).compactMap { series.values.chartValue($0) } }
    }

    /// The default description: "A：预算 1.00 万元，实际 0.80 万元；B：…。" or, for one series, "A 1.00 万元，B …。"
    func chartSummary(categories: [String], format: ChartValueFormat) -> String {
        let parts = categories.indices.map { index -> String in
            if count == 1 { return ChartSeries.phrase(categories[index], self[0].label(index, format: format)) }
            let cells = map { ChartSeries.phrase($0.name, $0.label(index, format: format)) }
            return categories[index] + "：" + cells.joined(separator: "，")
        }
        return parts.joined(separator: count == 1 ? "，" : "；") + "。"
    }
}
