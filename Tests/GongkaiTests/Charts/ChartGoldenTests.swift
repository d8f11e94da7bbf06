import Foundation
import Testing
@testable import Gongkai

/// Compares each sample chart with Golden/<name>.svg; GONGKAI_RECORD_GOLDEN=1 rewrites the files.
@Suite struct ChartGoldenTests {
    static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let recording = ProcessInfo.processInfo.environment["GONGKAI_RECORD_GOLDEN"] == "1"

    @Test(arguments: ChartSamples.all.map(\.name))
    func matchesGolden(name: String) throws {
        let chart = try #require(ChartSamples.all.first { $0.name == name }?.chart)
        let url = Self.directory.appendingPathComponent(name + ".svg")
        let actual = chart.svg + "\n<!-- table -->\n" + chart.tableHTML + "\n"
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.directory, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(actual == expected, "\(name).svg differs; rerun with GONGKAI_RECORD_GOLDEN=1 and review the diff")
    }

    /// Writes every sample to the HTML file named by GONGKAI_CHART_PREVIEW, for a look in a browser.
    @Test func writesPreviewWhenAsked() throws {
        guard let path = ProcessInfo.processInfo.environment["GONGKAI_CHART_PREVIEW"] else { return }
        var html = """
            <!doctype html><meta charset="utf-8"><meta name="viewport" content="width=device-width">
            <style>body{margin:16px;font:16px system-ui}.chart{width:100%;height:auto;max-width:32rem;display:block}
            figure{margin:0 0 24px}table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #ccc;padding:2px 6px}</style>

            """
        for sample in ChartSamples.all {
            html += "<figure><figcaption>\(Escape.html(sample.name))</figcaption>\n" + sample.chart.svg
                + "\n<details><summary>数据表</summary>" + sample.chart.tableHTML + "</details></figure>\n"
        }
        try html.write(toFile: path, atomically: true, encoding: .utf8)
    }
}
