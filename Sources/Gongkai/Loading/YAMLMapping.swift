import Foundation
import Yams

/// Reads one YAML mapping field by field, recording where each value stands and which keys were expected.
///
/// Every key a reader asks for becomes a known key; `finish()` reports the rest as unknown, with the
/// nearest known key suggested. Values of the wrong type are reported and read as missing.
final class YAMLMapping {
    let path: String
    let sink: DiagnosticSink
    let position: SourcePosition?
    /// The mapping's key names and pairs, in file order; a handful each, so a linear search beats hashing.
    private let names: [String]
    private let pairs: [(key: Node, value: Node)]
    private var known: [String] = []

    /// Wraps `node` as the mapping at `path`; reports and returns nil when it is not a mapping.
    init?(_ node: Node, path: String, sink: DiagnosticSink) {
        self.path = path
        self.sink = sink
        self.position = sink.position(of: node)
        guard case .mapping(let mapping) = node else {
            sink.error("\(path.isEmpty ? "the front matter" : FieldLabels.describe(path)) must be a set of 'key: value' lines",
                       at: sink.position(of: node), field: path)
            return nil
        }
        pairs = mapping.map { ($0.key, $0.value) }
        names = pairs.map { pair in
            if case .scalar(let scalar) = pair.key { return scalar.string }
            return ""
        }
    }

    private func entry(_ key: String) -> (key: Node, value: Node)? {
        names.firstIndex(of: key).map { pairs[$0] }
    }

    func fieldPath(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// The value node for `key`, nil when absent or written as null.
    func node(_ key: String) -> Node? {
        known.append(key)
        guard let entry = entry(key) else { return nil }
        if case .scalar(let scalar) = entry.value, scalar.style == .plain,
           ["", "~", "null", "Null", "NULL"].contains(scalar.string) {
            return nil
        }
        return entry.value
    }

    func has(_ key: String) -> Bool { entry(key) != nil }

    func position(_ key: String) -> SourcePosition? {
        entry(key).flatMap { sink.position(of: $0.value) } ?? position
    }

    // MARK: Scalars

    func string(_ key: String, required: Bool = false, example: String? = nil) -> String? {
        guard let node = node(key) else {
            if required { missing(key, example: example) }
            return nil
        }
        guard case .scalar(let scalar) = node else {
            sink.error("\(FieldLabels.describe(fieldPath(key))) must be text, not a list or a set of fields",
                       at: sink.position(of: node), field: fieldPath(key))
            return nil
        }
        let text = Self.visible(scalar.string)
        if required && text.isEmpty { missing(key, example: example); return nil }
        return text.isEmpty ? nil : text
    }

    /// A non-negative amount in 万元, or another number where `allowNegative` says so; `example` is shown when the
    /// text is not a number.
    func decimal(_ key: String, unit: String = "万元", example: String? = nil, allowNegative: Bool = false,
                 range: ClosedRange<Decimal>? = nil) -> Decimal? {
        guard let node = node(key) else { return nil }
        let field = fieldPath(key)
        let at = sink.position(of: node)
        guard case .scalar(let scalar) = node else {
            sink.error("\(FieldLabels.describe(field)) must be a number, not a list or a set of fields", at: at, field: field)
            return nil
        }
        let text = scalar.string.trimmed
        switch DecimalText.parse(text) {
        case .failure(.notANumber):
            let example = example ?? (unit.isEmpty ? "95" : "312.95")
            let hint = NumberHint.hint(for: text).map { "; \($0)" } ?? ""
            sink.error("\(FieldLabels.describe(field)) must be a number\(unit.isEmpty ? "" : " in \(unit)") such as \(example), found '\(text)'\(hint)",
                       at: at, field: field)
            return nil
        case .failure(.tooManyDigits):
            sink.error("\(FieldLabels.describe(field)) '\(text.prefix(60))' has more digits than any real figure (at most \(Limits.integerDigits) before the decimal point and \(Limits.fractionDigits) after); check the value",
                       at: at, field: field)
            return nil
        case .success(let value):
            if value < 0 && !allowNegative {
                sink.error("\(FieldLabels.describe(field)) must not be negative, found \(text)", at: at, field: field)
                return nil
            }
            if let range, !range.contains(value) {
                sink.error("\(FieldLabels.describe(field)) must be between \(Format.plain(range.lowerBound)) and \(Format.plain(range.upperBound)), found \(text)",
                           at: at, field: field)
                return nil
            }
            return value
        }
    }

    func integer(_ key: String, range: ClosedRange<Int>, example: Int, required: Bool = false) -> Int? {
        guard node(key) != nil || !required else { missing(key, example: "\(key): \(example)"); return nil }
        guard let value = decimal(key, unit: "", example: String(example), range: Decimal(range.lowerBound)...Decimal(range.upperBound))
        else { return nil }
        guard value.isWhole else {
            sink.error("\(FieldLabels.describe(fieldPath(key))) must be a whole number, found \(Format.plain(value))",
                       at: position(key), field: fieldPath(key))
            return nil
        }
        return NSDecimalNumber(decimal: value).intValue
    }

    func day(_ key: String) -> Day? {
        guard let text = string(key) else { return nil }
        guard let day = Day(text) else {
            let problem = Day.isWrittenLikeADay(text) ? "is not a day of the calendar; check the month and the day"
                : "must be a date written YYYY-MM-DD, such as 2024-08-20"
            sink.error("\(FieldLabels.describe(fieldPath(key))) \(problem), found '\(text)'", at: position(key), field: fieldPath(key))
            return nil
        }
        return day
    }

    func bool(_ key: String) -> Bool? {
        guard let text = string(key) else { return nil }
        switch text {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        default:
            sink.error("\(FieldLabels.describe(fieldPath(key))) must be true or false, found '\(text)'", at: position(key), field: fieldPath(key))
            return nil
        }
    }

    /// Text as a reader should see it: trimmed, without control or bidi-override characters that could disguise it.
    static func visible(_ text: String) -> String {
        let trimmed = text.trimmed
        guard Escape.containsInvisibleControl(trimmed) else { return trimmed }
        return String(String.UnicodeScalarView(trimmed.unicodeScalars.filter { !Escape.isInvisibleControl($0) }))
    }

    // MARK: Collections

    func mapping(_ key: String) -> YAMLMapping? {
        guard let node = node(key) else { return nil }
        return YAMLMapping(node, path: fieldPath(key), sink: sink)
    }

    /// The items of a sequence, each with its own field path `key[i]`.
    func sequence(_ key: String) -> [(path: String, node: Node)] {
        guard let node = node(key) else { return [] }
        let field = fieldPath(key)
        guard case .sequence(let sequence) = node else {
            sink.error("\(FieldLabels.describe(field)) must be a list (lines starting with '- ')", at: sink.position(of: node), field: field)
            return []
        }
        if sequence.count > Limits.listItems {
            sink.error("\(FieldLabels.describe(field)) has \(sequence.count) items; at most \(Limits.listItems) are read. Split the record or shorten the list",
                       at: sink.position(of: node), field: field)
            return []
        }
        return sequence.enumerated().map { ("\(field)[\($0.offset)]", $0.element) }
    }

    /// A list of texts, such as `problems` or `region`.
    func strings(_ key: String) -> [String] {
        sequence(key).compactMap { item in
            guard case .scalar(let scalar) = item.node else {
                sink.error("\(FieldLabels.describe(item.path)) must be text", at: sink.position(of: item.node), field: item.path)
                return nil
            }
            let text = Self.visible(scalar.string)
            return text.isEmpty ? nil : text
        }
    }

    /// A list of mappings, each read by `read`.
    func list<Item>(_ key: String, _ read: (YAMLMapping) -> Item?) -> [Item] {
        sequence(key).compactMap { item in
            guard let fields = YAMLMapping(item.node, path: item.path, sink: sink) else { return nil }
            defer { fields.finish() }
            return read(fields)
        }
    }

    // MARK: Reporting

    /// Reports `key` missing; `example` is a line that would supply it, such as `status: published`.
    func missing(_ key: String, example: String? = nil) {
        let place = path.isEmpty ? "" : " in \(FieldLabels.describe(path))"
        let advice = example.map { "; add a line such as '\($0)'" } ?? ""
        sink.error("\(FieldLabels.describe(fieldPath(key))) is required\(place)\(advice)", at: position, field: fieldPath(key))
    }

    /// Reports every key that no reader asked for, suggesting the nearest known key.
    func finish() {
        for (name, pair) in zip(names, pairs) where !known.contains(name) {
            let key = pair.key
            let place = path.isEmpty ? "" : " in \(path)"
            var message = "unknown key '\(name)'\(place)"
            if name.unicodeScalars.first == "\u{3000}" {
                message += ": the line is indented with a full-width space '　'; indent with ASCII spaces"
            } else if let labelled = knownKey(labelled: name) {
                message += "; keys are written in English: did you mean '\(labelled)'（\(FieldLabels.label(fieldPath(labelled)) ?? name)）?"
            } else if let suggestion = EditDistance.nearest(to: name, among: known) {
                message += "; did you mean '\(suggestion)'?"
            } else {
                // A key read twice (`integer` asks, then `decimal`) is listed once.
                var listed: [String] = []
                for key in known where !listed.contains(key) { listed.append(key) }
                message += "; the keys read here are: \(listed.joined(separator: ", "))"
            }
            sink.error(message, at: sink.position(of: key), field: fieldPath(name))
        }
    }
}

extension YAMLMapping {
    /// The known key whose Chinese label is `name`, or else the one with the shortest label containing it, as a
    /// key written as its label in the report (得分 for `score`, 自评得分).
    fileprivate func knownKey(labelled name: String) -> String? {
        guard !name.isEmpty, !name.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        let labelled = known.compactMap { key in FieldLabels.label(fieldPath(key)).map { (key: key, label: $0) } }
        if let exact = labelled.first(where: { $0.label == name }) { return exact.key }
        return labelled.filter { $0.label.contains(name) }.min { $0.label.count < $1.label.count }?.key
    }
}

extension DiagnosticSink {
    func position(of node: Node) -> SourcePosition? {
        node.mark.map { SourcePosition(line: $0.line + lineOffset, column: $0.column) }
    }
}
