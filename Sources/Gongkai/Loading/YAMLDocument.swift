import Yams

/// Parses YAML text into a node tree, turning Yams errors and oversized trees into diagnostics.
enum YAMLDocument {
    /// The root node of `yaml`, or nil after reporting why it cannot be read.
    static func parse(_ yaml: String, sink: DiagnosticSink) -> Node? {
        if let (message, line) = preflight(yaml) {
            sink.error(message, at: SourcePosition(line: line + sink.lineOffset, column: 1))
            return nil
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml, .basic, .default, .utf8)
        } catch let error as YamlError {
            report(error, yaml: yaml, sink: sink)
            return nil
        } catch {
            sink.error("invalid YAML: \(error)")
            return nil
        }
        guard let root else { return nil }
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return root }
        var budget = Limits.yamlNodes
        switch measure(root, depth: 1, budget: &budget) {
        case .fine:
            return root
        case .tooDeep(let node):
            sink.error("YAML nests deeper than \(Limits.yamlDepth) levels; records need no more than 4", at: sink.position(of: node))
        case .tooMany:
            sink.error("YAML holds more than \(Limits.yamlNodes) values once aliases (*name) are expanded; write the values out instead of repeating aliases")
        }
        return nil
    }

    /// Refuses nesting deeper than the limit before the YAML is parsed, since the parser recurses once per level.
    ///
    /// Each level of block nesting takes at least one column of indentation or one `- `, and each level of
    /// flow nesting one bracket, so counting those bounds the depth without parsing.
    static func preflight(_ yaml: String) -> (String, Int)? {
        let tooDeep = "YAML nests deeper than \(Limits.yamlDepth) levels; records need no more than 4"
        let complexKey = "a YAML key must be plain text; keys written with '?' or as an alias (*name) are not read"
        let bytes = Array(yaml.utf8)
        var line = 1
        var lineStart = true
        var indentation = 0
        var flowDepth = 0
        var quote: UInt8?
        var inComment = false
        var previous: UInt8 = 0x0A
        var afterSpace = true
        for (offset, byte) in bytes.enumerated() {
            defer {
                afterSpace = byte == 0x20 || byte == 0x09
                if !afterSpace { previous = byte }
            }
            if byte == 0x0A {
                line += 1
                lineStart = true
                indentation = 0
                inComment = false
                continue
            }
            if inComment { continue }
            if lineStart {
                if byte == 0x3F, offset + 1 == bytes.count || [0x20, 0x0A, 0x09].contains(bytes[offset + 1]) { return (complexKey, line) }
                if byte == 0x20 || byte == 0x2D || byte == 0x09 {
                    indentation += 1
                    if indentation > Limits.yamlDepth * 8 { return (tooDeep, line) }
                    continue
                }
                lineStart = false
                previous = 0x0A
            }
            if let open = quote {
                if byte == open { quote = nil }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "'"):
                if [0x0A, 0x3A, 0x2D, 0x5B, 0x7B, 0x2C, 0x3F].contains(previous) { quote = byte }
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                flowDepth += 1
                if flowDepth > Limits.yamlDepth { return (tooDeep, line) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"): flowDepth = max(0, flowDepth - 1)
            case UInt8(ascii: "#") where afterSpace || previous == 0x0A: inComment = true
            case UInt8(ascii: "*") where afterSpace || [0x0A, 0x5B, 0x7B, 0x2C, 0x2D, 0x3F, 0x3A].contains(previous):
                var end = offset + 1
                while end < bytes.count, ![0x20, 0x0A, 0x09, 0x2C, 0x5D, 0x7D, 0x3A].contains(bytes[end]) { end += 1 }
                while end < bytes.count, bytes[end] == 0x20 { end += 1 }
                if end < bytes.count, bytes[end] == 0x3A { return (complexKey, line) }
            default: break
            }
        }
        return nil
    }

    private enum Measure { case fine, tooDeep(Node), tooMany }

    private static func measure(_ node: Node, depth: Int, budget: inout Int) -> Measure {
        budget -= 1
        if budget < 0 { return .tooMany }
        if depth > Limits.yamlDepth { return .tooDeep(node) }
        switch node {
        case .mapping(let mapping):
            for (key, value) in mapping {
                for child in [key, value] {
                    let result = measure(child, depth: depth + 1, budget: &budget)
                    if case .fine = result { continue }
                    return result
                }
            }
        case .sequence(let sequence):
            for child in sequence {
                let result = measure(child, depth: depth + 1, budget: &budget)
                if case .fine = result { continue }
                return result
            }
        default:
            break
        }
        return .fine
    }

    /// The line, after `mark`'s, where block mapping key `key` is written again at `mark`'s column; nil when the
    /// mapping is not written one key per line.
    private static func repeatedKeyLine(_ key: String, in yaml: String, after mark: Mark) -> Int? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count, mark.column >= 1 else { return nil }
        let first = Array(lines[mark.line - 1].unicodeScalars)
        guard first.count >= mark.column, String(String.UnicodeScalarView(first[(mark.column - 1)...])).hasPrefix(key + ":") else {
            return nil
        }
        // Lines are numbered from 1, so the lines after the mark's start at its number as an index.
        for index in mark.line..<lines.count {
            let scalars = Array(lines[index].unicodeScalars)
            guard scalars.count >= mark.column, scalars[..<(mark.column - 1)].allSatisfy({ $0 == " " || $0 == "-" }) else { continue }
            if String(String.UnicodeScalarView(scalars[(mark.column - 1)...])).hasPrefix(key + ":") { return index + 1 }
        }
        return nil
    }

    private static func report(_ error: YamlError, yaml: String, sink: DiagnosticSink) {
        func at(_ mark: Mark) -> SourcePosition { SourcePosition(line: mark.line + sink.lineOffset, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            if let hint = YAMLTypingHint.find(in: yaml, near: mark.line, problem: problem) {
                sink.error("invalid YAML: \(hint.message)", at: SourcePosition(line: hint.line + sink.lineOffset, column: hint.column))
                return
            }
            let while_ = context.map { " (\($0.text))" } ?? ""
            sink.error("invalid YAML: \(problem)\(while_); check the indentation and quoting near here", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            if duplicates.count == 1, let repeated = repeatedKeyLine(duplicates[0], in: yaml, after: context.mark) {
                sink.error("duplicate key \(keys), first written on line \(context.mark.line + sink.lineOffset); each key may appear once in a mapping",
                           at: SourcePosition(line: repeated + sink.lineOffset, column: context.mark.column))
            } else {
                sink.error("duplicate key \(keys); each key may appear once in a mapping", at: at(context.mark))
            }
        case let .reader(problem, _, _, _):
            sink.error("cannot read the YAML text: \(problem)")
        default:
            sink.error("invalid YAML: \(error)")
        }
    }
}
