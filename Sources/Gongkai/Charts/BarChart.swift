import Foundation

/// Horizontal grouped bars: one block per category, its label above and one bar per series, each labelled with its value.
///
/// Labels sit above the bars so long Chinese names keep the full width on a phone. Example — budget execution:
/// ```swift
/// BarChart(id: "chart-budget", title: "预算执行情况",
///          categories: ["年初预算数", "全年预算数", "全年执行数"],
///          values: [300, 312.95, 312.95], notes: [nil, nil, "执行率 " + Format.percent(100)])
/// ```
public struct BarChart: SeriesChart {
    public var id: String
    public var title: String
    /// One label per block, drawn above its bars and as the table's row headers.
    public var categories: [String]
    /// One bar per series in each block; more than one series adds a legend.
    public var series: [ChartSeries]
    public var format: ChartValueFormat
    /// The header of the table's first column.
    public var categoryHeader: String
    /// The `<desc>` sentence; nil builds one from the values.
    public var summary: String?

    public init(
        id: String, title: String, categories: [String], series: [ChartSeries],
        format: ChartValueFormat = .wanYuan, categoryHeader: String = "项目", summary: String? = nil
    ) {
        self.id = id
        self.title = title
        self.categories = categories
        self.series = series
        self.format = format
        self.categoryHeader = categoryHeader
        self.summary = summary
    }

    /// A single series: one bar per category.
    public init(
        id: String, title: String, categories: [String], values: [Decimal?], notes: [String?] = [],
        seriesName: String = "金额", format: ChartValueFormat = .wanYuan, categoryHeader: String = "项目",
        summary: String? = nil
    ) {
        self.init(id: id, title: title, categories: categories, series: [ChartSeries(seriesName, values, notes: notes)],
                  format: format, categoryHeader: categoryHeader, summary: summary)
    }

    public var svg: String {
        guard !isEmpty else { return ChartSVG.emptyDocument(id: id, title: title, summary: description) }
        let width = ChartSVG.width
        let valueSize = ChartSVG.valueSize, labelSize = ChartSVG.labelSize, small = ChartSVG.smallSize
        let barHeight = 28.0, barGap = 6.0, labelLine = 34.0, groupGap = 16.0

        let domain = ChartScale(values: series.chartValues(count: categories.count), targetTicks: 4,
                                integerSteps: format.integerSteps)
        let labels = series.map { series in categories.indices.map { series.label($0, format: format) } }
        let (left, right) = fit(domain, labels: labels)
        let scale = domain.drawn(from: left, to: right)

        var svg = ChartSVG()
        var y = 6.0
        if series.count > 1 {
            y = svg.legend(series.indices.map { (series[$0].name, ChartPalette.fill($0)) }, top: y)
        }
        let seriesCount = Double(series.count)
        let groupHeight = labelLine + seriesCount * barHeight + (seriesCount - 1) * barGap
        let plotTop = y
        let plotBottom = plotTop + Double(categories.count) * (groupHeight + groupGap) - groupGap + 6

        let ticks = scale.ticks
        for tick in ticks where tick != 0 {
            let x = scale.position(tick)
            svg.line(x1: x, y1: plotTop + labelLine - 4, x2: x, y2: plotBottom, stroke: ChartSVG.gridColor)
        }
        let zero = scale.position(0)
        svg.line(x1: zero, y1: plotTop + labelLine - 4, x2: zero, y2: plotBottom, stroke: ChartSVG.axisColor, cls: "chart-axis")

        for (index, category) in categories.enumerated() {
            let top = plotTop + Double(index) * (groupHeight + groupGap)
            svg.text(ChartText.truncate(category, width: width - 8, size: labelSize), x: 4, y: top + labelSize,
                     size: labelSize)
            for (s, series) in series.enumerated() {
                let barTop = top + labelLine + Double(s) * (barHeight + barGap)
                guard let value = series.values.chartValue(index), let label = labels[s][index] else {
                    svg.text(ChartValueFormat.missing, x: zero + 6, y: barTop + barHeight / 2 + small * 0.35, size: small,
                             fill: ChartSVG.softInk, cls: "chart-missing")
                    continue
                }
                let end = scale.position(value)
                let fill = ChartPalette.fill(s)
                svg.rect(x: min(zero, end), y: barTop, width: abs(end - zero), height: barHeight, fill: fill)
                let baseline = barTop + barHeight / 2 + valueSize * 0.35
                let labelWidth = ChartText.width(label, size: valueSize)
                let outside = value < 0 ? end - 6 - labelWidth >= 0 : end + 6 + labelWidth <= width
                if !outside && abs(end - zero) >= labelWidth + 12 {
                    svg.text(label, x: value < 0 ? end + 6 : end - 6, y: baseline, size: valueSize,
                             anchor: value < 0 ? "start" : "end", fill: ChartPalette.ink(on: fill), cls: "chart-value")
                } else {
                    let room = value < 0 ? end - 6 : width - end - 6
                    svg.text(ChartText.truncate(label, width: max(room, 0), size: valueSize),
                             x: value < 0 ? end - 6 : end + 6, y: baseline, size: valueSize,
                             anchor: value < 0 ? "end" : "start", cls: "chart-value", halo: true)
                }
            }
        }
        y = svg.tickLabels(ticks.map { (scale.position($0), format.tick($0)) }, top: plotBottom)
        if let caption = format.unitCaption {
            svg.text(caption, x: width - 4, y: y + small, size: small, anchor: "end", fill: ChartSVG.softInk, cls: "chart-unit")
            y += small + 8
        }
        return svg.document(id: id, title: title, summary: description, height: y + 4)
    }

    /// The bars' left and right ends, as wide as possible while each value label, `valueLabels[series][category]`,
    /// fits beside its bar.
    private func fit(_ domain: ChartScale, labels valueLabels: [[String?]]) -> (Double, Double) {
        let width = ChartSVG.width
        var labels: [(t: Double, width: Double, negative: Bool)] = []
        for (line, lineLabels) in zip(series, valueLabels) {
            for index in categories.indices {
                guard let value = line.values.chartValue(index), let label = lineLabels[index] else { continue }
                labels.append((domain.position(value), ChartText.width(label, size: ChartSVG.valueSize) + 6, value < 0))
            }
        }
        var left = 4.0, right = width - 4
        for _ in 0..<4 {
            for label in labels where !label.negative && label.t > 0 {
                right = min(right, left + (width - 4 - label.width - left) / label.t)
            }
            for label in labels where label.negative && label.t < 1 {
                left = max(left, (4 + label.width - label.t * right) / (1 - label.t))
            }
        }
        left = min(max(left, 4), width * 0.35)
        return (left, min(max(right, left + width * 0.4), width - 4))
    }
}

extension ChartSVG {
    /// Tick labels centred under `x` positions, thinned so they never overlap; returns the y below them.
    mutating func tickLabels(_ ticks: [(x: Double, label: String)], top: Double) -> Double {
        let size = Self.smallSize
        let widest = ticks.map { ChartText.width($0.label, size: size) }.max() ?? 0
        let spacing = ticks.count > 1 ? abs(ticks[1].x - ticks[0].x) : Self.width
        let every = max(1, Int(((widest + 10) / max(spacing, 1)).rounded(.up)))
        for (index, tick) in ticks.enumerated() where index % every == 0 {
            let half = ChartText.width(tick.label, size: size) / 2
            let x = min(max(tick.x, half + 2), Self.width - half - 2)
            text(tick.label, x: x, y: top + size + 4, size: size, anchor: "middle", fill: Self.softInk, cls: "chart-tick")
        }
        return top + size + 12
    }
}
