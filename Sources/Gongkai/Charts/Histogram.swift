import Foundation

/// One interval of a histogram: values from `lower` (inclusive) up to `upper` (exclusive unless `includesUpper`).
public struct ChartBin: Sendable, Equatable {
    /// The bin's name, such as "优秀" or "95–99%".
    public var label: String
    /// A second line under the label, such as "≥90"; may be empty.
    public var detail: String
    /// Inclusive lower bound; nil is unbounded.
    public var lower: Decimal?
    /// Upper bound; nil is unbounded.
    public var upper: Decimal?
    /// Whether `upper` itself belongs to the bin.
    public var includesUpper: Bool

    public init(_ label: String, detail: String = "", lower: Decimal?, upper: Decimal?, includesUpper: Bool = false) {
        self.label = label
        self.detail = detail
        self.lower = lower
        self.upper = upper
        self.includesUpper = includesUpper
    }

    /// Whether `value` lies in the bin.
    public func contains(_ value: Decimal) -> Bool {
        if let lower, value < lower { return false }
        if let upper, value > upper || (value == upper && !includesUpper) { return false }
        return true
    }

    /// Self-evaluation grades: 差 <60, 中 60–79.99, 良好 80–89.99, 优秀 ≥90.
    public static let gradeBands = [
        ChartBin("差", detail: "<60", lower: nil, upper: 60),
        ChartBin("中", detail: "60–79.99", lower: 60, upper: 80),
        ChartBin("良好", detail: "80–89.99", lower: 80, upper: 90),
        ChartBin("优秀", detail: "≥90", lower: 90, upper: nil),
    ]

    /// Budget execution rates in percent; exactly 100% falls in "99–100%".
    public static let executionRateBands = [
        ChartBin("<80", lower: nil, upper: 80),
        ChartBin("80–90", lower: 80, upper: 90),
        ChartBin("90–95", lower: 90, upper: 95),
        ChartBin("95–99", lower: 95, upper: 99),
        ChartBin("99–100", lower: 99, upper: 100, includesUpper: true),
        ChartBin(">100", lower: 100, upper: nil),
    ]
}

/// Columns counting how many values fall in each bin, such as records per grade band; counts are labelled.
///
/// Example — scores by grade band:
/// ```swift
/// Histogram(id: "chart-grades", title: "自评等级分布", bins: ChartBin.gradeBands, values: scores)
/// ```
public struct Histogram: ChartDrawable {
    public var id: String
    public var title: String
    public var bins: [ChartBin]
    /// One count per bin.
    public var counts: [Int]
    /// How many values were not stated; said in the caption and description, not drawn.
    public var missing: Int
    /// The counting word after each count, such as "个" or "家".
    public var unit: String
    /// The header of the table's first column.
    public var binHeader: String
    /// The `<desc>` sentence; nil builds one from the counts.
    public var summary: String?

    /// Counts already made, one per bin.
    public init(
        id: String, title: String, bins: [ChartBin], counts: [Int], missing: Int = 0, unit: String = "个",
        binHeader: String = "区间", summary: String? = nil
    ) {
        self.id = id
        self.title = title
        self.bins = bins
        self.counts = bins.indices.map { max(0, counts.chartElement($0) ?? 0) }
        self.missing = max(0, missing)
        self.unit = unit
        self.binHeader = binHeader
        self.summary = summary
    }

    /// Counts each stated value in the first bin that contains it; nil values count as missing.
    public init(
        id: String, title: String, bins: [ChartBin], values: [Decimal?], unit: String = "个",
        binHeader: String = "区间", summary: String? = nil
    ) {
        let stated = values.indices.compactMap { values.chartValue($0) }
        let counts = bins.indices.map { b in
            stated.filter { value in bins.firstIndex { $0.contains(value) } == b }.count
        }
        self.init(id: id, title: title, bins: bins, counts: counts, missing: values.count - stated.count, unit: unit,
                  binHeader: binHeader, summary: summary)
    }

    public var isEmpty: Bool { !counts.contains { $0 > 0 } }

    private var format: ChartValueFormat { .count(suffix: unit) }
    private var missingNote: String { missing > 0 ? "另有" + format.label(Decimal(missing)) + ChartValueFormat.missing : "" }

    public var table: ChartTable {
        ChartTable(caption: title + (missing > 0 ? "（" + missingNote + "）" : ""), columns: [binHeader, "数量"],
                   rows: bins.indices.map { b in
            [bins[b].label + (bins[b].detail.isEmpty ? "" : "（" + bins[b].detail + "）"), format.label(Decimal(counts[b]))]
        })
    }

    public var svg: String {
        let parts = bins.indices.map { bins[$0].label + " " + format.label(Decimal(counts[$0])) }
        let total = "共" + format.label(Decimal(counts.reduce(0, +))) + "："
        let description = summary ?? total + parts.joined(separator: "，") + (missing > 0 ? "；" + missingNote : "") + "。"
        guard !isEmpty else { return ChartSVG.emptyDocument(id: id, title: title, summary: description) }
        let width = ChartSVG.width, small = ChartSVG.smallSize, valueSize = ChartSVG.valueSize
        let plotTop = 6 + valueSize + 12, plotBottom = plotTop + 220
        let scale = ChartScale(values: counts.map { Decimal($0) }, from: plotBottom, to: plotTop, targetTicks: 4,
                               integerSteps: true)
        let ticks = scale.ticks
        let tickWidth = ticks.map { ChartText.width(format.tick($0), size: small) }.max() ?? 0
        let plotLeft = 4 + tickWidth + 8, plotRight = width - 4
        var svg = ChartSVG()
        svg.valueGrid(scale, format: format, left: plotLeft, right: plotRight)
        let band = (plotRight - plotLeft) / Double(max(bins.count, 1))
        let hasDetail = bins.contains { !$0.detail.isEmpty }
        for (b, bin) in bins.enumerated() {
            let center = plotLeft + (Double(b) + 0.5) * band
            let top = scale.position(Decimal(counts[b]))
            svg.rect(x: center - band * 0.42, y: top, width: band * 0.84, height: plotBottom - top, fill: ChartPalette.fill(0))
            svg.text(Format.plain(Decimal(counts[b])), x: center, y: top - 8, size: valueSize, anchor: "middle",
                     cls: "chart-value", halo: true)
            svg.text(ChartText.truncate(bin.label, width: band + 8, size: small), x: center, y: plotBottom + small + 8,
                     size: small, anchor: "middle")
            svg.text(ChartText.truncate(bin.detail, width: band - 4, size: small), x: center,
                     y: plotBottom + 2 * small + 14, size: small, anchor: "middle", fill: ChartSVG.softInk, cls: "chart-tick")
        }
        var y = plotBottom + (hasDetail ? 2 * small + 22 : small + 16)
        svg.text(binHeader + "；" + "单位：" + unit, x: plotLeft + (plotRight - plotLeft) / 2, y: y + small, size: small,
                 anchor: "middle", fill: ChartSVG.softInk, cls: "chart-unit")
        y += small + 8
        if missing > 0 {
            svg.text(missingNote, x: width - 4, y: y + small, size: small, anchor: "end", fill: ChartSVG.softInk,
                     cls: "chart-unit")
            y += small + 8
        }
        return svg.document(id: id, title: title, summary: description, height: y + 4)
    }
}
