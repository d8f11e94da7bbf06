import Foundation

/// Lines over ordered categories such as years, one per series, each point labelled; an unstated value breaks the line.
///
/// Example — average score per year:
/// ```swift
/// LineChart(id: "chart-score", title: "平均自评得分", categories: ["2021年", "2022年", "2023年"],
///           series: [ChartSeries("平均得分", [91.2, nil, 93.75])], format: .plain(suffix: "分"))
/// ```
public struct LineChart: SeriesChart {
    public var id: String
    public var title: String
    /// The points along the horizontal axis, left to right.
    public var categories: [String]
    public var series: [ChartSeries]
    public var format: ChartValueFormat
    /// The header of the table's first column.
    public var categoryHeader: String
    /// Whether the vertical axis starts at zero; false zooms in on the values.
    public var includeZero: Bool
    /// The `<desc>` sentence; nil builds one from the values.
    public var summary: String?

    public init(
        id: String, title: String, categories: [String], series: [ChartSeries],
        format: ChartValueFormat = .plain(suffix: ""), categoryHeader: String = "年度", includeZero: Bool = true,
        summary: String? = nil
    ) {
        self.id = id
        self.title = title
        self.categories = categories
        self.series = series
        self.format = format
        self.categoryHeader = categoryHeader
        self.includeZero = includeZero
        self.summary = summary
    }

    public var svg: String {
        guard !isEmpty else { return ChartSVG.emptyDocument(id: id, title: title, summary: description) }
        let width = ChartSVG.width, small = ChartSVG.smallSize
        var svg = ChartSVG()
        var y = 6.0
        if series.count > 1 {
            y = svg.legend(series.indices.map { (series[$0].name, ChartPalette.fill($0)) }, top: y)
        }
        let plotTop = y + small + 14, plotBottom = plotTop + 240
        let scale = ChartScale(values: series.chartValues(count: categories.count), from: plotBottom, to: plotTop,
                               targetTicks: 5, includeZero: includeZero, integerSteps: format.integerSteps)
        let ticks = scale.ticks
        let tickWidth = ticks.map { ChartText.width(format.tick($0), size: small) }.max() ?? 0
        let plotLeft = 4 + tickWidth + 8, plotRight = width - 8
        svg.valueGrid(scale, format: format, left: plotLeft, right: plotRight)
        let band = (plotRight - plotLeft) / Double(max(categories.count, 1))
        func x(_ index: Int) -> Double { plotLeft + (Double(index) + 0.5) * band }

        // Label every `every`-th point counting back from the latest, so labels never overlap.
        let labelWidths = series.flatMap { s in categories.indices.compactMap { s.label($0, format: format) } }
            .map { ChartText.width($0, size: small) }
        let categoryWidths = categories.map { ChartText.width($0, size: small) }
        let widest = max(labelWidths.max() ?? 0, min(categoryWidths.max() ?? 0, 4 * small))
        let every = max(1, Int(((widest + 6) / max(band, 1)).rounded(.up)))
        func labelled(_ index: Int) -> Bool { (categories.count - 1 - index) % every == 0 }

        for (s, line) in series.enumerated() {
            let fill = ChartPalette.fill(s)
            var d = ""
            var previous: Int? = nil
            for index in categories.indices {
                guard let value = line.values.chartValue(index) else { previous = nil; continue }
                let command = previous == index - 1 && previous != nil ? "L" : "M"
                d += (d.isEmpty ? "" : " ") + command + ChartSVG.number(x(index)) + " " + ChartSVG.number(scale.position(value))
                previous = index
            }
            if d.contains("L") {
                svg.start("path")
                svg.attribute("class", "chart-line")
                svg.attribute("d", d)
                svg.attribute("fill", "none")
                svg.attribute("stroke", fill)
                svg.attribute("stroke-width", "3")
                svg.end()
            }
            for index in categories.indices {
                guard let value = line.values.chartValue(index), let label = line.label(index, format: format)
                else { continue }
                let py = scale.position(value)
                svg.start("circle")
                svg.attribute("class", "chart-point")
                svg.attribute("cx", x(index))
                svg.attribute("cy", py)
                svg.attribute("r", "5")
                svg.attribute("fill", fill)
                svg.end()
                guard labelled(index) else { continue }
                let half = ChartText.width(label, size: small) / 2
                let lx = min(max(x(index), half + 2), width - half - 2)
                svg.text(label, x: lx, y: s % 2 == 0 ? py - 10 : py + small + 8, size: small, anchor: "middle",
                         cls: "chart-value", halo: true)
            }
        }
        for index in categories.indices where labelled(index) {
            let room = min(band * Double(every) - 6, 2 * min(x(index) - 2, width - x(index) - 2))
            svg.text(ChartText.truncate(categories[index], width: room, size: small), x: x(index),
                     y: plotBottom + small + 8, size: small, anchor: "middle", fill: ChartSVG.softInk, cls: "chart-tick")
        }
        y = plotBottom + small + 16
        if let caption = format.unitCaption {
            svg.text(caption, x: width - 4, y: y + small, size: small, anchor: "end", fill: ChartSVG.softInk, cls: "chart-unit")
            y += small + 8
        }
        return svg.document(id: id, title: title, summary: description, height: y + 4)
    }
}
