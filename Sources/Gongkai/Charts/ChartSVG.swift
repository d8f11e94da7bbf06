import Foundation

/// The SVG writer every chart draws through, and the one place chart text and attributes are escaped.
struct ChartSVG {
    /// The drawing's width in user units; with the theme's `max-width: 30rem` one unit is one CSS pixel on a desktop,
    /// and labels stay about 15 px on a 390 px phone.
    static let width: Double = 480
    static let fontFamily =
        "\"PingFang SC\",\"Hiragino Sans GB\",\"Noto Sans CJK SC\",\"Source Han Sans SC\",\"Microsoft YaHei\",sans-serif"
    /// Category labels.
    static let labelSize: Double = 24
    /// Value labels at bar ends and points.
    static let valueSize: Double = 22
    /// Ticks, legends, units.
    static let smallSize: Double = 20
    static let ink = "#1a1a1a"
    static let softInk = "#333333"
    static let gridColor = "#d9d9d9"
    static let axisColor = "#595959"

    /// The elements drawn so far, as UTF-8: appending bytes costs a copy, where `String` checks each piece it is given.
    private var body: [UInt8] = []

    /// Opens an element's start tag; add its attributes, then close it with `end()` or `end(_:text:)`.
    mutating func start(_ name: StaticString) {
        body.append(UInt8(ascii: "<"))
        Self.append(name, to: &body)
    }

    /// Adds an attribute whose value is escaped text.
    mutating func attribute(_ name: StaticString, _ value: String) {
        startAttribute(name)
        Self.appendEscaped(value, to: &body)
        body.append(UInt8(ascii: "\""))
    }

    /// Adds an attribute whose value is a coordinate, written as `number` writes it.
    mutating func attribute(_ name: StaticString, _ value: Double) {
        startAttribute(name)
        Self.appendNumber(value, to: &body)
        body.append(UInt8(ascii: "\""))
    }

    /// Closes an element without content.
    mutating func end() {
        body += "/>\n".utf8
    }

    /// Closes an element around escaped `text`.
    mutating func end(_ name: StaticString, text: String) {
        body.append(UInt8(ascii: ">"))
        Self.appendEscaped(text, to: &body)
        body += "</".utf8
        Self.append(name, to: &body)
        body += ">\n".utf8
    }

    private mutating func startAttribute(_ name: StaticString) {
        body.append(UInt8(ascii: " "))
        Self.append(name, to: &body)
        body += #"=""#.utf8
    }

    private static func append(_ name: StaticString, to out: inout [UInt8]) {
        name.withUTF8Buffer { out += $0 }
    }

    private static func appendEscaped(_ text: String, to out: inout [UInt8]) {
        out += Escape.xml(text).utf8
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, cls: String = "chart-bar") {
        start("rect")
        attribute("class", cls)
        attribute("x", x)
        attribute("y", y)
        attribute("width", Swift.max(0, width))
        attribute("height", Swift.max(0, height))
        attribute("fill", fill)
        end()
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, cls: String = "chart-grid") {
        start("line")
        attribute("class", cls)
        attribute("x1", x1)
        attribute("y1", y1)
        attribute("x2", x2)
        attribute("y2", y2)
        attribute("stroke", stroke)
        attribute("stroke-width", "1")
        end()
    }

    /// A text run; `anchor` is start, middle or end; `y` is the baseline; `halo` outlines it in white over lines.
    mutating func text(
        _ string: String, x: Double, y: Double, size: Double, anchor: String = "start",
        fill: String = ChartSVG.ink, cls: String = "chart-label", halo: Bool = false
    ) {
        guard !string.isEmpty else { return }
        start("text")
        attribute("class", cls)
        attribute("x", x)
        attribute("y", y)
        if anchor != "start" { attribute("text-anchor", anchor) }
        attribute("font-size", size)
        attribute("fill", fill)
        if halo {
            attribute("stroke", "#ffffff")
            attribute("stroke-width", "4")
            attribute("paint-order", "stroke")
        }
        end("text", text: string)
    }

    /// Horizontal grid lines at each tick of a vertical value scale, labelled at the left; the zero line is the axis.
    mutating func valueGrid(_ scale: ChartScale, format: ChartValueFormat, left: Double, right: Double) {
        let size = Self.smallSize
        for tick in scale.ticks {
            let y = scale.position(tick)
            line(x1: left, y1: y, x2: right, y2: y,
                 stroke: tick == 0 ? Self.axisColor : Self.gridColor, cls: tick == 0 ? "chart-axis" : "chart-grid")
            text(format.tick(tick), x: left - 6, y: y + size * 0.35, size: size, anchor: "end", fill: Self.softInk, cls: "chart-tick")
        }
    }

    /// Swatches with names in rows that wrap at the chart width; returns the y below the legend.
    mutating func legend(_ items: [(name: String, fill: String)], top: Double) -> Double {
        var x = 4.0
        var y = top
        let size = Self.smallSize
        for item in items {
            let name = ChartText.truncate(item.name, width: Self.width - 40, size: size)
            let w = 22 + ChartText.width(name, size: size) + 18
            if x > 4, x + w > Self.width { x = 4; y += size + 12 }
            rect(x: x, y: y + 3, width: 16, height: 16, fill: item.fill, cls: "chart-swatch")
            text(name, x: x + 22, y: y + size - 1, size: size, cls: "chart-legend")
            x += w
        }
        return y + size + 14
    }

    /// The whole `<svg>` element: title and desc first, ids from the caller's `id`.
    func document(id: String, title: String, summary: String, height: Double) -> String {
        let h = Swift.max(1, (height.isFinite ? height : 1).rounded(.up))
        var svg = ChartSVG()
        svg.body.reserveCapacity(body.count + 512)
        svg.start("svg")
        svg.attribute("xmlns", "http://www.w3.org/2000/svg")
        svg.attribute("viewBox", "0 0 " + Self.number(Self.width) + " " + Self.number(h))
        svg.attribute("class", "chart")
        svg.attribute("role", "img")
        svg.attribute("aria-labelledby", id + "-title " + id + "-desc")
        svg.body += Self.fontFamilyAttribute
        svg.body += ">\n".utf8
        svg.start("title")
        svg.attribute("id", id + "-title")
        svg.end("title", text: title)
        svg.start("desc")
        svg.attribute("id", id + "-desc")
        svg.end("desc", text: summary)
        svg.body += body
        svg.body += "</svg>".utf8
        return String(decoding: svg.body, as: UTF8.self)
    }

    /// The root's font-family attribute, escaped once: the family names are quoted.
    private static let fontFamilyAttribute: [UInt8] = {
        var svg = ChartSVG()
        svg.attribute("font-family", fontFamily)
        return svg.body
    }()

    /// A coordinate with at most two decimals, no exponent and no "-0"; non-finite becomes 0.
    static func number(_ value: Double) -> String {
        var out: [UInt8] = []
        appendNumber(value, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes `value` as `number` formats it; every coordinate of every chart goes through here.
    static func appendNumber(_ value: Double, to out: inout [UInt8]) {
        guard value.isFinite else { out.append(UInt8(ascii: "0")); return }
        let hundredths = Int64((Swift.max(-1e12, Swift.min(1e12, value)) * 100).rounded())
        if hundredths == 0 { out.append(UInt8(ascii: "0")); return }
        if hundredths < 0 { out.append(UInt8(ascii: "-")) }
        let magnitude = hundredths.magnitude
        appendDigits(magnitude / 100, to: &out)
        let fraction = magnitude % 100
        guard fraction != 0 else { return }
        out.append(UInt8(ascii: "."))
        out.append(UInt8(ascii: "0") + UInt8(fraction / 10))
        if fraction % 10 != 0 { out.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
    }

    private static func appendDigits(_ value: UInt64, to out: inout [UInt8]) {
        if value >= 10 { appendDigits(value / 10, to: &out) }
        out.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// The empty-chart note drawn when there is nothing to plot.
    static func emptyDocument(id: String, title: String, summary: String) -> String {
        var svg = ChartSVG()
        svg.text(ChartValueFormat.missing, x: width / 2, y: 36, size: labelSize, anchor: "middle", fill: softInk)
        return svg.document(id: id, title: title, summary: summary, height: 56)
    }
}
