import Foundation
import Testing
#if canImport(FoundationXML)
import FoundationXML
#endif
@testable import Gongkai

/// Draws for random charts from a seeded generator, so every run draws the same "random" charts.
extension SeededRandom {
    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.count))
    }
    mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }

    /// nil, zero, one of a few fixed amounts, cents, negatives, huge and tiny values.
    mutating func value() -> Decimal? {
        switch int(0...9) {
        case 0, 1: return nil
        case 2: return 0
        case 3: return Decimal(int(-99_999...(-1))) / 100
        case 4: return Decimal(sign: .plus, exponent: 15, significand: Decimal(int(1...9)))
        case 5: return Decimal(sign: .plus, exponent: -2, significand: 1)
        case 6: return pick([100, Decimal(string: "312.95")!, Decimal(string: "99.99")!])
        default: return Decimal(int(0...10_000_000)) / 100
        }
    }
    mutating func label() -> String {
        pick(["", "A", "<b>&\"'</b>", "2023年", "公务用车运行费", "因公出国（境）费",
              "某某市自然资源和规划局直属事业单位不动产登记中心某某科室专项经费", "🚗 car", "x\u{202E}y"])
    }
    mutating func values(_ count: Int) -> [Decimal?] {
        let constant = int(0...4)
        return (0..<count).map { _ in constant == 0 ? 0 : constant == 1 ? nil : value() }
    }
}

/// Collects elements and attributes while checking that the SVG is well-formed XML.
final class ChartXMLProbe: NSObject, XMLParserDelegate {
    var elements: [(name: String, attributes: [String: String])] = []
    var texts: [String: String] = [:]
    /// Each `<text>` element's attributes and content, in order.
    var runs: [(attributes: [String: String], text: String)] = []
    private var current = ""
    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                attributes: [String: String] = [:]) {
        elements.append((name, attributes))
        current = ""
    }
    func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" || name == "desc" { texts[name] = current }
        if name == "text", let element = elements.last(where: { $0.name == "text" }) {
            runs.append((element.attributes, current))
        }
    }
}

@Suite struct ChartPropertyTests {
    static let numeric: Set<String> = ["x", "y", "width", "height", "x1", "y1", "x2", "y2", "cx", "cy", "r", "font-size"]

    static func isPlainNumber(_ text: Substring) -> Bool {
        guard text != "-0", Double(text)?.isFinite == true else { return false }
        let parts = text.drop { $0 == "-" }.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count <= 2 && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
            && (parts.count == 1 || parts[1].count <= 2)
    }

    func check(_ chart: any ChartDrawable, id: String, rows: Int, seed: UInt64) throws {
        let svg = chart.svg
        #expect(svg == chart.svg, "deterministic, seed \(seed)")
        let probe = ChartXMLProbe()
        let parser = XMLParser(data: Data(svg.utf8))
        parser.delegate = probe
        #expect(parser.parse(), "well-formed XML, seed \(seed)")
        let root = try #require(probe.elements.first)
        #expect(root.name == "svg" && root.attributes["role"] == "img")
        #expect(root.attributes["aria-labelledby"] == "\(id)-title \(id)-desc")
        #expect(probe.elements.contains { $0.name == "title" && $0.attributes["id"] == "\(id)-title" })
        #expect(probe.elements.contains { $0.name == "desc" && $0.attributes["id"] == "\(id)-desc" })
        #expect(!(probe.texts["desc"] ?? "").isEmpty && probe.texts["title"] != nil)
        let box = (root.attributes["viewBox"] ?? "").split(separator: " ")
        #expect(box.count == 4 && box.allSatisfy(Self.isPlainNumber), "viewBox \(box), seed \(seed)")
        let height = Double(box.last ?? "0") ?? 0
        for element in probe.elements {
            for (key, value) in element.attributes {
                let lower = value.lowercased()
                #expect(!lower.contains("nan") && !lower.contains("inf"), "\(key)=\(value), seed \(seed)")
                if Self.numeric.contains(key) {
                    #expect(Self.isPlainNumber(Substring(value)), "\(key)=\(value), seed \(seed)")
                    if key == "width" || key == "height" { #expect((Double(value) ?? -1) >= 0) }
                }
                if key == "d" {
                    for token in value.split(separator: " ") {
                        #expect(Self.isPlainNumber(token.drop { $0 == "M" || $0 == "L" }), "d=\(value), seed \(seed)")
                    }
                }
            }
            if element.name == "text" {
                let x = Double(element.attributes["x"] ?? "") ?? -1, y = Double(element.attributes["y"] ?? "") ?? -1
                #expect((0...ChartSVG.width).contains(x) && (0...height).contains(y), "text at \(x),\(y), seed \(seed)")
            }
        }
        for run in probe.runs {
            // The estimated extent of every label stays inside the drawing, so nothing is clipped.
            let size = Double(run.attributes["font-size"] ?? "") ?? 0
            #expect(size >= 14)
            let x = Double(run.attributes["x"] ?? "") ?? 0, w = ChartText.width(run.text, size: size)
            let start = switch run.attributes["text-anchor"] { case "middle": x - w / 2; case "end": x - w; default: x }
            #expect(start >= -1 && start + w <= ChartSVG.width + 1, "\(run.text) at \(x), seed \(seed)")
        }
        #expect(chart.table.rows.count == rows, "table rows, seed \(seed)")
        #expect(chart.table.rows.allSatisfy { $0.count == chart.table.columns.count }, "table shape, seed \(seed)")
        #expect(chart.tableHTML.contains("<th scope=\"row\">") == (rows > 0))
    }

    @Test(arguments: 0..<60)
    func randomChartsAreWellFormed(seed: Int) throws {
        var random = SeededRandom(state: UInt64(seed) &* 7919 &+ 1)
        let count = random.pick([0, 1, 1, 2, 4, 6, 12])
        let categories = (0..<count).map { _ in random.label() }
        let series = (0..<random.int(0...3)).map { _ in ChartSeries(random.label(), random.values(count)) }
        let stated = series.contains { s in s.values.contains { $0 != nil } }
        let id = "chart-p\(seed)"
        for format in [ChartValueFormat.wanYuan, .percent, .plain(suffix: "分"), .count(suffix: "个")] {
            let bars = BarChart(id: id, title: random.label(), categories: categories, series: series, format: format)
            #expect(bars.isEmpty == !stated)
            try check(bars, id: id, rows: count, seed: UInt64(seed))
            let line = LineChart(id: id, title: "线", categories: categories, series: series, format: format,
                                 includeZero: seed % 2 == 0)
            #expect(line.isEmpty == !stated)
            try check(line, id: id, rows: count, seed: UInt64(seed))
        }
        let stacked = StackedBarChart(id: id, title: "结构", categories: categories, series: series)
        let positive = series.contains { s in s.values.contains { ($0 ?? 0) > 0 } }
        #expect(stacked.isEmpty == !positive)
        try check(stacked, id: id, rows: count == 1 ? series.count : count, seed: UInt64(seed))
        let one = StackedBarChart(id: id, title: "结构", parts: series.map(\.name), values: random.values(series.count))
        try check(one, id: id, rows: series.count, seed: UInt64(seed))
        let values = random.values(count * 3)
        let histogram = Histogram(id: id, title: "分布", bins: ChartBin.gradeBands, values: values)
        #expect(histogram.isEmpty == !values.contains { $0 != nil })
        #expect(histogram.counts.reduce(0, +) + histogram.missing == values.count)
        try check(histogram, id: id, rows: ChartBin.gradeBands.count, seed: UInt64(seed))
    }
}
