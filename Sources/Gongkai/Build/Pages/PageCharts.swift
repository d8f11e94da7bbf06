import Algorithms
import Foundation

/// The charts each page type draws, from the same values its tables show.
struct PageCharts {
    let strings: ThemeStrings

    private var amount: ChartValueFormat { .amount(unit: strings["amount_unit"]) }
    private var points: ChartValueFormat { .plain(suffix: strings["score_suffix"]) }

    /// The context a template needs for each chart: its title, SVG and data table, or that it is empty.
    ///
    /// An empty chart says why in the theme's `<id>_empty` string where there is one (a year with no unit below
    /// its budget has nothing missing), and otherwise in the template's sentence about data not stated. `notes`
    /// holds, by chart id, a caution shown under a chart that would otherwise mislead.
    func context(_ charts: [any ChartDrawable], notes: [String: String] = [:]) -> [[String: Any]] {
        charts.map { chart in
            let table = chart.table
            guard chart.isEmpty else {
                return ["title": table.caption, "svg": chart.svg, "table": table.html, "empty": false, "note": notes[chart.id] ?? false]
            }
            var row: [String: Any] = ["title": table.caption, "empty": true]
            if let note = strings.optional(chart.id + "_empty") { row["emptyNote"] = note }
            return row
        }
    }

    // MARK: Record

    func record(_ record: Record) -> [any ChartDrawable] {
        var charts: [any ChartDrawable] = [budget(record), spendingMix(record)]
        if let threePublic = record.threePublic {
            var keys = [\ThreePublicAmounts.reception, \.vehiclePurchase, \.vehicleOperation, \.overseas]
            var categories = ["reception", "vehicle_purchase", "vehicle_operation", "overseas"].map { strings[$0] }
            let amounts = [threePublic.budget, threePublic.actual]
            if !amounts.contains(where: { amount in keys.contains { amount?[keyPath: $0] != nil } }) {
                // A report that gives only the totals (often 0) is charted by them, as its table shows them.
                keys = [\.total]
                categories = [strings["total"]]
            }
            charts.append(BarChart(
                id: "chart-three-public", title: strings["chart_three_public"], categories: categories,
                series: [ChartSeries(strings["budget"], keys.map { threePublic.budget?[keyPath: $0] }),
                         ChartSeries(strings["actual"], keys.map { threePublic.actual?[keyPath: $0] })],
                format: amount, categoryHeader: strings["item"]))
        }
        if !record.indicators.isEmpty {
            let groups = record.indicatorGroups
            charts.append(BarChart(
                id: "chart-indicator-groups", title: strings["chart_indicator_groups"], categories: groups.map(\.level1),
                series: [ChartSeries(strings["weight"], groups.map(\.weight)), ChartSeries(strings["score"], groups.map(\.score))],
                format: points, categoryHeader: strings["level1"]))
            charts.append(BarChart(
                id: "chart-indicators", title: strings["chart_indicators"],
                categories: record.indicators.enumerated().map { "\($0.offset + 1). " + ($0.element.name ?? "—") },
                series: [ChartSeries(strings["weight"], record.indicators.map(\.weight)),
                         ChartSeries(strings["score"], record.indicators.map(\.score))],
                format: points, categoryHeader: strings["indicator"]))
        }
        return charts
    }

    /// Cautions for a record's charts: its budget chart, where the report gives the year's initial budget and its
    /// spending but not the adjusted budget, sets side by side two figures that do not measure the same thing.
    func recordNotes(_ record: Record) -> [String: String] {
        guard let budget = record.budget, budget.adjusted == nil, budget.initial != nil, budget.executed != nil else { return [:] }
        return ["chart-budget": strings["chart_budget_no_adjusted"]]
    }

    private func budget(_ record: Record) -> BarChart {
        let budget = record.budget
        let rate = record.executionRate
        var summary: String?
        if let executed = budget?.executed, let adjusted = budget?.adjusted, let rate {
            summary = strings["chart_budget_summary", fill: ["executed": Format.amount(executed), "adjusted": Format.amount(adjusted),
                                                             "rate": Format.percent(rate)]]
        }
        return BarChart(
            id: "chart-budget", title: strings["chart_budget"],
            categories: [strings["initial"], strings["adjusted"],
                         strings["executed"] + (rate.map { "（" + strings["rate_note", fill: ["rate": Format.percent($0)]] + "）" } ?? "")],
            values: [budget?.initial, budget?.adjusted, budget?.executed],
            seriesName: strings["amount_unit"], format: amount, categoryHeader: strings["item"], summary: summary)
    }

    private func spendingMix(_ record: Record) -> StackedBarChart {
        let expenditure = record.expenditure
        let basic = expenditure?.basic
        if basic?.personnel != nil || basic?.publicFunds != nil {
            return StackedBarChart(
                id: "chart-mix", title: strings["chart_mix"],
                parts: [strings["personnel"], strings["public"], strings["project"]],
                values: [basic?.personnel, basic?.publicFunds, expenditure?.project], format: amount, categoryHeader: strings["item"])
        }
        return StackedBarChart(
            id: "chart-mix", title: strings["chart_mix"], parts: [strings["basic"], strings["project"]],
            values: [basic?.total, expenditure?.project], format: amount, categoryHeader: strings["item"])
    }

    // MARK: Unit

    func unit(_ unit: UnitRecords) -> [any ChartDrawable] {
        let records = unit.publicRecords.filter { $0.status == .published }
        let years = records.map { "\($0.year)" }
        return [
            BarChart(id: "chart-unit-budget", title: strings["chart_unit_budget"], categories: years,
                     series: [ChartSeries(strings["adjusted"], records.map { $0.budget?.adjusted }),
                              ChartSeries(strings["executed"], records.map { $0.budget?.executed })],
                     format: amount, categoryHeader: strings["year"]),
            LineChart(id: "chart-unit-score", title: strings["chart_unit_score"], categories: years,
                      series: [ChartSeries(strings["score"], records.map(\.score))], format: points, categoryHeader: strings["year"]),
            StackedBarChart(id: "chart-unit-mix", title: strings["chart_unit_mix"], categories: years,
                            series: unitMixSeries(records), format: amount, categoryHeader: strings["year"],
                            partHeader: strings["item"]),
        ]
    }

    /// Each year's personnel, public and project spending, with the basic spending of a year that does not split it
    /// as a part of its own; or, where no year splits it, basic and project spending, as a record page draws them.
    private func unitMixSeries(_ records: [Record]) -> [ChartSeries] {
        let splits = records.map { $0.expenditure?.basic?.personnel != nil || $0.expenditure?.basic?.publicFunds != nil }
        let project = ChartSeries(strings["project"], records.map { $0.expenditure?.project })
        let unsplit = zip(records, splits).map { record, splits in splits ? nil : record.expenditure?.basic?.total }
        guard splits.contains(true) else { return [ChartSeries(strings["basic"], unsplit), project] }
        var series = [ChartSeries(strings["personnel"], records.map { $0.expenditure?.basic?.personnel }),
                      ChartSeries(strings["public"], records.map { $0.expenditure?.basic?.publicFunds })]
        if unsplit.contains(where: { $0 != nil }) { series.append(ChartSeries(strings["basic_unsplit"], unsplit)) }
        return series + [project]
    }

    // MARK: Year

    func year(_ entries: [SiteModel.Entry]) -> [any ChartDrawable] {
        let gaps = entries.compactMap { entry -> (String, Decimal)? in
            guard let adjusted = entry.record.budget?.adjusted, let executed = entry.record.budget?.executed, adjusted > executed else { return nil }
            return (entry.unit.unit.displayName, adjusted - executed)
        }.min(count: 10) { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0 < $1.0 }
        return [
            Histogram(id: "chart-year-grades", title: strings["chart_year_grades"], bins: ChartBin.gradeBands,
                      counts: Self.gradeCounts(entries), missing: entries.filter { $0.record.statedGrade == nil }.count,
                      unit: strings["count_units"], binHeader: strings["grade_band"]),
            Histogram(id: "chart-year-rates", title: strings["chart_year_rates"], bins: ChartBin.executionRateBands,
                      values: entries.map(\.record.executionRate), unit: strings["count_units"], binHeader: strings["rate_band"]),
            BarChart(id: "chart-year-gaps", title: strings["chart_year_gaps"], categories: gaps.map(\.0), values: gaps.map(\.1),
                     seriesName: strings["chart_gap"], format: amount, categoryHeader: strings["unit"]),
        ]
    }

    /// Records per grade band, in the order of `ChartBin.gradeBands`; a record with a grade but no score counts by its grade.
    static func gradeCounts(_ entries: [SiteModel.Entry]) -> [Int] {
        [Grade.poor, .fair, .good, .excellent].map { grade in entries.filter { $0.record.statedGrade == grade }.count }
    }

    // MARK: Home

    func home(_ model: SiteModel) -> [any ChartDrawable] {
        let years = model.years.sorted()
        let byYear = years.map { model.published(in: $0) }
        let averages = byYear.map { entries -> Decimal? in
            let scores = entries.compactMap(\.record.score)
            return scores.isEmpty ? nil : (scores.reduce(0, +) / Decimal(scores.count)).rounded(places: 2)
        }
        return [
            BarChart(id: "chart-home-records", title: strings["chart_home_records"], categories: years.map { "\($0)" },
                     values: byYear.map { Decimal($0.count) }, seriesName: strings["records"],
                     format: .count(suffix: strings["count_records"]), categoryHeader: strings["year"]),
            LineChart(id: "chart-home-average", title: strings["chart_home_average"], categories: years.map { "\($0)" },
                      series: [ChartSeries(strings["average_score"], averages)], format: points,
                      categoryHeader: strings["year"]),
        ]
    }
}
