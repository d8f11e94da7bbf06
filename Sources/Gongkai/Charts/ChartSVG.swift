import Foundation

/// The SVG writer every chart draws through; `tag` is the one place text and attributes are escaped.
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

    /// Appends one element; every attribute value and the text are escaped here and nowhere else.
    mutating func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) {
        Self.append(name, attributes, text: text, to: &body)
        body.append(UInt8(ascii: "\n"))
    }

    static func tag(_ name: String, _ attributes: [(String, String)], text: String?, open: Bool = false) -> String {
        var out: [UInt8] = []
        append(name, attributes, text: text, open: open, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Writes one element into `out`, escaping every attribute value and the text.
    static func append(_ name: String, _ attributes: [(String, String)], text: String?, open: Bool = false, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "<"))
        out += name.utf8
        for (key, value) in attributes {
            out.append(UInt8(ascii: " "))
            out += key.utf8
            out += #"=""#.utf8
            out += Escape.xml(value).utf8
            out.append(UInt8(ascii: "\""))
        }
        if open { out.append(UInt8(ascii: ">")); return }
        guard let text else { out += "/>".utf8; return }
        out.append(UInt8(ascii: ">"))
        out += Escape.xml(text).utf8
        out += "</".utf8
        out += name.utf8
        out.append(UInt8(ascii: ">"))
    }

    mutating func rect(x: Double, y: Double, width: Double, height: Double, fill: String, cls: String = "chart-bar") {
        element("rect", [
            ("class", cls), ("x", Self.number(x)), ("y", Self.number(y)),
            ("width", Self.number(Swift.max(0, width))), ("height", Self.number(Swift.max(0, height))), ("fill", fill),
        ])
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String, cls: String = "chart-grid") {
        element("line", [
            ("class", cls), ("x1", Self.number(x1)), ("y1", Self.number(y1)),
            ("x2", Self.number(x2)), ("y2", Self.number(y2)), ("stroke", stroke), ("stroke-width", "1"),
        ])
    }

    /// A text run; `anchor` is start, middle or end; `y` is the baseline; `halo` outlines it in white over lines.
    mutating func text(
        _ string: String, x: Double, y: Double, size: Double, anchor: String = "start",
        fill: String = ChartSVG.ink, cls: String = "chart-label", halo: Bool = false
    ) {
        guard !string.isEmpty else { return }
        var attributes: [(String, String)] = [("class", cls), ("x", Self.number(x)), ("y", Self.number(y))]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        attributes += [("font-size", Self.number(size)), ("fill", fill)]
        if halo { attributes += [("stroke", "#ffffff"), ("stroke-width", "4"), ("paint-order", "stroke")] }
        element("text", attributes, text: string)
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
        let root = Self.tag("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("viewBox", "0 0 " + Self.number(Self.width) + " " + Self.number(h)),
            ("class", "chart"), ("role", "img"), ("aria-labelledby", id + "-title " + id + "-desc"),
            ("font-family", Self.fontFamily),
        ], text: nil, open: true)
        return root + "\n"
            + Self.tag("title", [("id", id + "-title")], text: title) + "\n"
            + Self.tag("desc", [("id", id + "-desc")], text: summary) + "\n"
            + String(decoding: body, as: UTF8.self) + "</svg>"
    }

    /// A coordinate with at most two decimals, no exponent and no "-0"; non-finite becomes 0.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int64((Swift.max(-1e12, Swift.min(1e12, value)) * 100).rounded())
        if hundredths == 0 { return "0" }
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = hundredths.magnitude
        let whole = String(magnitude / 100)
        let fraction = magnitude % 100
        if fraction == 0 { return sign + whole }
        if fraction % 10 == 0 { return sign + whole + "." + String(fraction / 10) }
        return sign + whole + "." + (fraction < 10 ? "0" : "") + String(fraction)
    }

    /// The empty-chart note drawn when there is nothing to plot.
    static func emptyDocument(id: String, title: String, summary: String) -> String {
        var svg = ChartSVG()
        svg.text(ChartValueFormat.missing, x: width / 2, y: 36, size: labelSize, anchor: "middle", fill: softInk)
        return svg.document(id: id, title: title, summary: summary, height: 56)
    }
}
