import Foundation

/// 100% stacked bars: one full-width bar per category split into its parts' shares, each labelled in text.
///
/// Shares are exact: part ÷ (sum of the positive parts) × 100; zero, negative and unstated parts take no room.
/// Example — where the money went:
/// ```swift
/// StackedBarChart(id: "chart-mix", title: "支出结构",
///                 parts: ["人员经费", "公用经费", "项目支出"], values: [120, 30.5, 162.45])
/// ```
public struct StackedBarChart: ChartDrawable {
    public var id: String
    public var title: String
    /// One bar per category, such as years; a single bar may have an empty label.
    public var categories: [String]
    /// The parts stacked in each bar, in order, with one value per category.
    public var series: [ChartSeries]
    public var format: ChartValueFormat
    /// The header of the table's first column, which names the categories; for a single bar, the header of its parts'
    /// column, unless the bar is a named category such as a year, whose table then heads the amounts `2023 年度`.
    public var categoryHeader: String
    /// The header of the parts' column in the table of a single named category.
    public var partHeader: String
    /// The `<desc>` sentence; nil builds one from the values.
    public var summary: String?

    public init(
        id: String, title: String, categories: [String], series: [ChartSeries],
        format: ChartValueFormat = .wanYuan, categoryHeader: String = "项目", partHeader: String = "项目", summary: String? = nil
    ) {
        self.id = id
        self.title = title
        self.categories = categories
        self.series = series
        self.format = format
        self.categoryHeader = categoryHeader
        self.partHeader = partHeader
        self.summary = summary
    }

    /// A single bar of `parts`, with a legend line per part giving its amount and share.
    public init(
        id: String, title: String, parts: [String], values: [Decimal?], format: ChartValueFormat = .wanYuan,
        categoryHeader: String = "项目", summary: String? = nil
    ) {
        self.init(id: id, title: title, categories: [""],
                  series: parts.indices.map { ChartSeries(parts[$0], [values.chartValue($0)]) },
                  format: format, categoryHeader: categoryHeader, summary: summary)
    }

    /// Each part's share of category `index` in percent, nil when the part is not stated or nothing is positive.
    public func shares(_ index: Int) -> [Decimal?] {
        let total = total(index)
        return series.map { series in
            guard let value = series.values.chartValue(index), value >= 0, total > 0 else { return nil }
            return value / total * 100
        }
    }

    /// The sum of the positive parts of category `index`.
    public func total(_ index: Int) -> Decimal {
        series.compactMap { $0.values.chartValue(index) }.filter { $0 > 0 }.reduce(0, +)
    }

    public var isEmpty: Bool { !categories.indices.contains { total($0) > 0 } }

    /// A part's text: "120.00 万元（38.3%）", given its category's `shares`.
    private func cell(_ s: Int, _ index: Int, shares: [Decimal?]) -> String {
        guard let value = series[s].values.chartValue(index) else { return ChartValueFormat.missing }
        let share = shares[s].map { "（" + Format.percent($0) + "）" } ?? ""
        return format.label(value) + share
    }

    public var table: ChartTable {
        if categories.count == 1 {
            let shares = shares(0)
            let columns = categories[0].isEmpty ? [categoryHeader, "金额", "占比"]
                : [partHeader, "\(categories[0]) \(categoryHeader)", "占比"]
            return ChartTable(caption: title, columns: columns, rows: series.indices.map { s in
                [series[s].name, format.label(series[s].values.chartValue(0)), shares[s].map(Format.percent) ?? "—"]
            })
        }
        return ChartTable(caption: title, columns: [categoryHeader] + series.map(\.name) + ["合计"],
                          rows: categories.indices.map { index in
            let stated = series.contains { $0.values.chartValue(index) != nil }
            let shares = shares(index)
            return [categories[index]] + series.indices.map { cell($0, index, shares: shares) }
                + [stated ? format.label(total(index)) : ChartValueFormat.missing]
        })
    }

    /// The `<desc>` sentence built from the values, given each category's `shares`.
    private func defaultSummary(shares allShares: [[Decimal?]]) -> String {
        let parts = categories.indices.map { index in
            let shares = allShares[index]
            let cells = series.indices.map { s in
                ChartSeries.phrase(series[s].name, series[s].values.chartValue(index) == nil ? nil : cell(s, index, shares: shares))
            }.joined(separator: "，")
            return categories[index].isEmpty ? cells : categories[index] + "：" + cells
        }
        return parts.joined(separator: "；") + "。"
    }

    /// 0.01: multiplying by it is exact, and much cheaper than dividing by 100.
    private static let hundredth = Decimal(sign: .plus, exponent: -2, significand: 1)

    public var svg: String {
        let shares = categories.indices.map(shares)
        let description = summary ?? defaultSummary(shares: shares)
        guard !isEmpty else { return ChartSVG.emptyDocument(id: id, title: title, summary: description) }
        let width = ChartSVG.width, labelSize = ChartSVG.labelSize, small = ChartSVG.smallSize
        let barHeight = 40.0, left = 4.0, right = width - 4
        let single = categories.count == 1
        var svg = ChartSVG()
        var y = 6.0
        if !single {
            y = svg.legend(series.indices.map { (series[$0].name, ChartPalette.fill($0)) }, top: y)
        }
        for (index, category) in categories.enumerated() {
            if !category.isEmpty {
                svg.text(ChartText.truncate(category, width: width - 8, size: labelSize), x: 4, y: y + labelSize,
                         size: labelSize)
                y += labelSize + 10
            }
            let total = total(index)
            guard total > 0 else {
                svg.text(ChartValueFormat.missing, x: left, y: y + barHeight / 2 + small * 0.35, size: small,
                         fill: ChartSVG.softInk, cls: "chart-value")
                y += barHeight + 16
                continue
            }
            var x = left
            for (s, share) in shares[index].enumerated() {
                guard let share, share > 0 else { continue }
                let segment = (share * Self.hundredth).chartDouble * (right - left)
                let fill = ChartPalette.fill(s)
                svg.rect(x: x, y: y, width: segment, height: barHeight, fill: fill)
                let label = Format.percent(share)
                if ChartText.width(label, size: small) + 8 <= segment {
                    svg.text(label, x: x + segment / 2, y: y + barHeight / 2 + small * 0.35, size: small,
                             anchor: "middle", fill: ChartPalette.ink(on: fill), cls: "chart-value")
                }
                x += segment
            }
            y += barHeight + 16
        }
        if single {
            for s in series.indices {
                svg.rect(x: 4, y: y + 3, width: 16, height: 16, fill: ChartPalette.fill(s), cls: "chart-swatch")
                let line = series[s].name + " " + cell(s, 0, shares: shares[0])
                svg.text(ChartText.truncate(line, width: width - 34, size: small), x: 26, y: y + small - 1,
                         size: small, cls: "chart-legend")
                y += small + 12
            }
        }
        return svg.document(id: id, title: title, summary: description, height: y + 4)
    }
}
