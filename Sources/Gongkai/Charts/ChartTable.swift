import Foundation

/// The accessible table beside a chart, holding the very strings the chart labels its values with.
public struct ChartTable: Sendable, Equatable {
    /// The table's caption, normally the chart title.
    public var caption: String
    /// Column headers; the first names the row labels.
    public var columns: [String]
    /// Rows of formatted cells; the first cell is the row's header.
    public var rows: [[String]]

    public init(caption: String, columns: [String], rows: [[String]]) {
        self.caption = caption
        self.columns = columns
        self.rows = rows
    }

    /// A `<table>` with caption, column headers and a row header per row, every text escaped.
    public var html: String {
        var out = "<table class=\"chart-table\">\n<caption>" + Escape.html(caption) + "</caption>\n<thead><tr>"
        for column in columns { out += "<th scope=\"col\">" + Escape.html(column) + "</th>" }
        out += "</tr></thead>\n<tbody>\n"
        for row in rows {
            out += "<tr>"
            for (index, cell) in row.enumerated() {
                out += index == 0
                    ? "<th scope=\"row\">" + Escape.html(cell) + "</th>"
                    : "<td>" + Escape.html(cell) + "</td>"
            }
            out += "</tr>\n"
        }
        return out + "</tbody>\n</table>"
    }
}

/// A chart drawn at build time: inline SVG, a table of the same numbers, and whether there is anything to draw.
///
/// Pages show `svg` inside a figure with `tableHTML` after it (for example in a `<details>`), or, when
/// `isEmpty`, a sentence instead. Style with `.chart { width: 100%; height: auto; max-width: 32rem }`.
public protocol ChartDrawable: Sendable {
    /// The id its `<title>` and `<desc>` ids derive from, unique on a page.
    var id: String { get }
    /// The inline `<svg role="img">` element with `<title>` and `<desc>`.
    var svg: String { get }
    /// The chart's numbers as a table, formatted exactly as the chart labels them.
    var table: ChartTable { get }
    /// True when no value is stated, so the page should leave the chart out.
    var isEmpty: Bool { get }
}

extension ChartDrawable {
    /// `table` as HTML.
    public var tableHTML: String { table.html }
}

extension Array {
    /// The element at `index`, or nil past the end.
    func chartElement(_ index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}

extension Array where Element == Decimal? {
    /// The value at `index`, nil when missing, past the end, or NaN.
    func chartValue(_ index: Int) -> Decimal? {
        guard let value = chartElement(index) ?? nil, !value.isNaN else { return nil }
        return value
    }
}
