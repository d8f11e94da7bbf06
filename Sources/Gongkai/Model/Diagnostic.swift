/// A place in a source file: 1-based line and column.
public struct SourcePosition: Sendable, Hashable, Codable, Comparable {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public static func < (lhs: SourcePosition, rhs: SourcePosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// One finding about the content: an error stops the build, a warning is published beside the record.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
    }

    /// What a warning is about, which decides where a page shows it.
    public enum Topic: String, Sendable, Hashable, Codable {
        /// The report's figures or text disagree with each other or with the rules: a 数据核对提示.
        case check
        /// A personal number was hidden: a note on privacy, not a flaw of the report's figures.
        case personalData
    }

    public var severity: Severity
    /// The file's path relative to the content folder's parent, as a user would type it.
    public var file: String
    public var position: SourcePosition?
    /// The field the finding is about, e.g. `budget.executed`, when there is one.
    public var field: String?
    public var message: String
    public var topic: Topic

    public init(_ severity: Severity, file: String, at position: SourcePosition? = nil, field: String? = nil, _ message: String,
                topic: Topic = .check) {
        self.severity = severity
        self.file = file
        self.position = position
        self.field = field
        self.message = message
        self.topic = topic
    }

    /// `path:line:column: error: message`, the form editors and CI logs link to.
    public var description: String {
        var location = file
        if let position { location += ":\(position.line):\(position.column)" }
        return "\(location): \(severity.rawValue): \(message)"
    }
}

extension Array where Element == Diagnostic {
    public var errors: [Diagnostic] { filter { $0.severity == .error } }
    public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in a stable order: by file, then position, then message.
    public func sortedForDisplay() -> [Diagnostic] {
        sorted {
            if $0.file != $1.file { return $0.file < $1.file }
            let left = $0.position ?? SourcePosition(line: 0, column: 0)
            let right = $1.position ?? SourcePosition(line: 0, column: 0)
            if left != right { return left < right }
            return $0.message < $1.message
        }
    }
}
