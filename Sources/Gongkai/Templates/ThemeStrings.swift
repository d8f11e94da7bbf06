import Foundation
import Yams

/// The words a theme gives the builder for text it makes itself (charts, a few table cells), read from `strings.yaml`.
public struct ThemeStrings: Sendable {
    private let values: [String: String]

    /// The keys the builder uses; a theme missing one is refused when loaded.
    static let required = [
        "amount_unit", "score_suffix", "count_records", "count_units", "item", "year", "unit", "initial", "adjusted",
        "executed", "personnel", "public", "project", "basic", "reception", "vehicle_purchase", "vehicle_operation",
        "overseas", "budget", "actual", "weight", "score", "level1", "indicator", "rate_note", "chart_budget",
        "chart_budget_summary", "chart_mix", "chart_three_public", "chart_indicator_groups", "chart_indicators",
        "chart_unit_budget", "chart_unit_score", "chart_unit_mix", "chart_year_grades", "chart_year_rates",
        "chart_year_gaps", "chart_gap", "chart_home_records", "chart_home_average", "average_score", "records",
        "grade_band", "rate_band", "status_met", "status_unmet", "status_qual", "change_income", "change_expenditure",
        "change_basic", "change_project", "change_three_public",
    ]

    init(values: [String: String]) {
        self.values = values
    }

    /// Reads `strings.yaml` files in order, later ones replacing earlier keys.
    static func load(_ files: [URL]) throws -> ThemeStrings {
        var values: [String: String] = [:]
        for file in files where FileManager.default.fileExists(atPath: file.path) {
            let text = try String(contentsOf: file, encoding: .utf8)
            guard let mapping = try Yams.compose(yaml: text)?.mapping else {
                throw Theme.LoadError(description: "\(file.path): error: must be a list of 'key: text' lines")
            }
            for (key, value) in mapping {
                guard let key = key.string, let value = value.string else { continue }
                values[key] = value
            }
        }
        let missing = required.filter { values[$0] == nil }
        if let first = missing.first {
            throw Theme.LoadError(description: "\(files.first?.path ?? "strings.yaml"): error: missing key '\(first)'\(missing.count > 1 ? " and \(missing.count - 1) more" : ""); every theme needs the keys of themes/default/strings.yaml")
        }
        return ThemeStrings(values: values)
    }

    /// The text for `key` when the theme has one.
    public func optional(_ key: String) -> String? { values[key] }

    /// The text for `key`, with each `{name}` replaced by `fill[name]`.
    public subscript(_ key: String, fill fill: [String: String] = [:]) -> String {
        let text = values[key] ?? key
        return fill.isEmpty ? text : Self.fill(text, with: fill)
    }

    /// `text` with each `{name}` that `fill` names replaced, in one pass, so a value is never read as a placeholder
    /// and the result does not depend on the order of `fill`; other braces stay as they are. Placeholders are found
    /// by their bytes, so one is filled even where a combining mark follows its `}`.
    static func fill(_ text: String, with fill: [String: String]) -> String {
        var result = ""
        var rest = text[...]
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")) {
            let afterOpen = rest.utf8.index(after: open)
            result += rest[..<open]
            if let close = rest[afterOpen...].utf8.firstIndex(of: UInt8(ascii: "}")),
               let value = fill[String(rest[afterOpen..<close])] {
                result += value
                rest = rest[rest.utf8.index(after: close)...]
            } else {
                result += "{"
                rest = rest[afterOpen...]
            }
        }
        return result + rest
    }
}
