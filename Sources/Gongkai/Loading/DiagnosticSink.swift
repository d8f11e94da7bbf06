import Yams

/// Collects the diagnostics found while reading one file, positioned in that file.
final class DiagnosticSink {
    let file: String
    /// Added to YAML line numbers when the YAML starts below the file's first line (front matter).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// The parsed YAML, so checks that run after reading can find where a field stands.
    var root: Node?
    /// The line the narrative starts on, for record files.
    var bodyLine: Int?

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func error(_ message: String, at position: SourcePosition? = nil, field: String? = nil) {
        diagnostics.append(Diagnostic(.error, file: file, at: position, field: field, message))
    }

    func warning(_ message: String, at position: SourcePosition? = nil, field: String? = nil, topic: Diagnostic.Topic = .check) {
        diagnostics.append(Diagnostic(.warning, file: file, at: position, field: field, message, topic: topic))
    }

    var hasErrors: Bool { diagnostics.hasErrors }

    /// Where the value of a field path such as `indicators[3].score` stands, found by walking the YAML.
    func position(ofField path: String) -> SourcePosition? {
        guard var node = root else { return nil }
        for component in path.split(separator: ".") {
            var name = component
            var indices: [Int] = []
            while let open = name.lastIndex(of: "["), name.hasSuffix("]"), let index = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                indices.insert(index, at: 0)
                name = name[..<open]
            }
            guard case .mapping(let mapping) = node, let value = mapping.first(where: { $0.key.scalar?.string == String(name) })?.value else {
                return position(of: node)
            }
            node = value
            for index in indices {
                guard case .sequence(let sequence) = node, index < sequence.count else { return position(of: node) }
                node = sequence[index]
            }
        }
        return position(of: node)
    }
}
