import Foundation
@testable import Gongkai

/// Fixed sample charts, one per use on the site, shared by the golden tests and the preview page.
enum ChartSamples {
    static let years = ["2021年", "2022年", "2023年", "2024年"]

    static let all: [(name: String, chart: any ChartDrawable)] = [
        ("record-budget", BarChart(
            id: "chart-budget", title: "预算执行情况", categories: ["年初预算数", "全年预算数", "全年执行数"],
            values: [300, Decimal(string: "312.95"), Decimal(string: "312.95")],
            notes: [nil, nil, "执行率 " + Format.percent(100)],
            summary: "全年执行数 312.95 万元，为全年预算数 312.95 万元的 100.0%。")),
        ("record-mix", StackedBarChart(
            id: "chart-mix", title: "支出结构", parts: ["人员经费", "公用经费", "项目支出"],
            values: [120, Decimal(string: "30.5"), Decimal(string: "162.45")])),
        ("record-sangong", BarChart(
            id: "chart-sangong", title: "“三公”经费预算与实际",
            categories: ["公务接待费", "公务用车购置费", "公务用车运行费", "因公出国（境）费"],
            series: [ChartSeries("预算", [Decimal(string: "1.2"), 0, Decimal(string: "3.5"), nil]),
                     ChartSeries("实际", [Decimal(string: "0.86"), 0, Decimal(string: "2.91"), nil])])),
        ("record-scores", BarChart(
            id: "chart-scores", title: "指标分值与得分", categories: ["决策指标", "过程指标", "产出指标", "效益指标"],
            series: [ChartSeries("分值", [10, 20, 40, 30]),
                     ChartSeries("得分", [10, Decimal(string: "18.5"), 38, Decimal(string: "27.25")])],
            format: .plain(suffix: "分"), categoryHeader: "一级指标")),
        ("unit-budget-years", BarChart(
            id: "chart-unit-budget", title: "历年预算与执行", categories: years,
            series: [ChartSeries("全年预算数", [Decimal(string: "1280.4"), 1302, Decimal(string: "1410.77"), nil]),
                     ChartSeries("全年执行数", [Decimal(string: "1201.35"), Decimal(string: "1299.8"),
                                               Decimal(string: "1410.77"), nil])],
            categoryHeader: "年度")),
        ("unit-score-years", LineChart(
            id: "chart-unit-score", title: "历年自评得分", categories: years,
            series: [ChartSeries("自评得分", [Decimal(string: "88.5"), 92, nil, Decimal(string: "95.25")])],
            format: .plain(suffix: "分"))),
        ("unit-mix-years", StackedBarChart(
            id: "chart-unit-mix", title: "历年支出结构", categories: years,
            series: [ChartSeries("人员经费", [400, 420, 455, nil]),
                     ChartSeries("公用经费", [80, Decimal(string: "75.5"), 60, nil]),
                     ChartSeries("项目支出", [721, 804, 895, nil])],
            categoryHeader: "年度")),
        ("year-grades", Histogram(
            id: "chart-grades", title: "自评等级分布", bins: ChartBin.gradeBands,
            values: [95, 91, Decimal(string: "89.99"), 80, 85, 72, 60, 93, 98, nil, 100, 90], unit: "家",
            binHeader: "等级")),
        ("year-rates", Histogram(
            id: "chart-rates", title: "预算执行率分布", bins: ChartBin.executionRateBands,
            values: [100, 100, Decimal(string: "99.5"), 97, 93, 85, 60, Decimal(string: "100.2"), 100, 98], unit: "家",
            binHeader: "执行率")),
        ("year-gaps", BarChart(
            id: "chart-gaps", title: "执行数低于预算数最多的单位",
            categories: ["某某市自然资源和规划局直属事业单位不动产登记中心", "某某县教育局", "某某区卫生健康委员会",
                         "某某市住房和城乡建设局"],
            values: [Decimal(string: "1520.3"), Decimal(string: "803.15"), 412, Decimal(string: "96.4")],
            seriesName: "差额", categoryHeader: "单位")),
        ("home-records", BarChart(
            id: "chart-records", title: "各年度自评报告数量", categories: years, values: [12, 18, 25, 3],
            seriesName: "报告数", format: .count(suffix: "份"), categoryHeader: "年度")),
        ("home-average", LineChart(
            id: "chart-average", title: "各年度平均得分", categories: years,
            series: [ChartSeries("平均得分", [Decimal(string: "90.12"), Decimal(string: "91.4"),
                                             Decimal(string: "92.875"), Decimal(string: "93.6")])],
            format: .plain(suffix: "分"), includeZero: false)),
        ("edge-negative", BarChart(
            id: "chart-edge", title: "结转结余变动（含负数与未填报）", categories: ["基本支出结转", "项目支出结转", "其他"],
            series: [ChartSeries("上年", [Decimal(string: "-45.5"), 120, nil]),
                     ChartSeries("本年", [Decimal(string: "12.3"), Decimal(string: "-230.75"), nil])])),
    ]
}
