import Yams

/// Parses YAML text into a node tree, turning Yams errors and oversized trees into diagnostics.
enum YAMLDocument {
    /// The root node of `yaml`, or nil after reporting why it cannot be read.
    static func parse(_ yaml: String, sink: DiagnosticSink) -> Node? {
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            report(error, sink: sink)
            return nil
        } catch {
            sink.error("invalid YAML: \(error)")
            return nil
        }
        guard let root else { return nil }
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

    private static func report(_ error: YamlError, sink: DiagnosticSink) {
        func at(_ mark: Mark) -> SourcePosition { SourcePosition(line: mark.line + sink.lineOffset, column: mark.column) }
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _), let .composer(context, problem, mark, _):
            let while_ = context.map { " (\($0.text))" } ?? ""
            sink.error("invalid YAML: \(problem)\(while_); check the indentation and quoting near here", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            let keys = duplicates.map { "'\($0)'" }.joined(separator: ", ")
            sink.error("duplicate key \(keys); each key may appear once in a mapping", at: at(context.mark))
        case let .reader(problem, _, _, _):
            sink.error("cannot read the YAML text: \(problem)")
        default:
            sink.error("invalid YAML: \(error)")
        }
    }
}
