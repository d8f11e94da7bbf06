/// Collects the diagnostics found while reading one file, positioned in that file.
final class DiagnosticSink {
    let file: String
    /// Added to YAML line numbers when the YAML starts below the file's first line (front matter).
    let lineOffset: Int
    private(set) var diagnostics: [Diagnostic] = []
    /// Where each field's value stands, by field path, for checks that run after reading.
    var positions: [String: SourcePosition] = [:]

    init(file: String, lineOffset: Int = 0) {
        self.file = file
        self.lineOffset = lineOffset
    }

    func error(_ message: String, at position: SourcePosition? = nil, field: String? = nil) {
        diagnostics.append(Diagnostic(.error, file: file, at: position, field: field, message))
    }

    func warning(_ message: String, at position: SourcePosition? = nil, field: String? = nil) {
        diagnostics.append(Diagnostic(.warning, file: file, at: position, field: field, message))
    }

    var hasErrors: Bool { diagnostics.hasErrors }
}
