/// A chart of named series over categories, whose table and emptiness follow from its values alone.
protocol SeriesChart: ChartDrawable {
    var title: String { get }
    var categories: [String] { get }
    var series: [ChartSeries] { get }
    var format: ChartValueFormat { get }
    var categoryHeader: String { get }
    var summary: String? { get }
}

extension SeriesChart {
    public var isEmpty: Bool { series.chartValues(count: categories.count).isEmpty }

    /// One row per category, one column per series, formatted exactly as the drawing labels them.
    public var table: ChartTable {
        ChartTable(caption: title, columns: [categoryHeader] + series.map(\.name), rows: categories.indices.map { index in
            [categories[index]] + series.map { $0.cell(index, format: format) }
        })
    }

    /// The `<desc>` sentence: the caller's summary, or one built from the values.
    var description: String { summary ?? series.chartSummary(categories: categories, format: format) }
}
