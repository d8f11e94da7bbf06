/// The likelier cause of a YAML syntax error, for the slips that Chinese input methods and report tables bring:
/// a full-width colon after a key, a key indented with the full-width space, and a value starting with a
/// character YAML reserves, such as a target copied as `>800`.
///
/// The parser notices these a line late, or with words about tokens, so the hint names the line the slip is on.
/// Each hint looks for the slip itself, after a key as the format writes keys, so a valid line (prose indented
/// with full-width spaces in a `|` block, a list item such as `- KPI：达标`) is not blamed for another error.
struct YAMLTypingHint {
    var message: String
    /// The 1-based line and column, within the YAML text, of the character to change.
    var line: Int
    var column: Int

    /// The hint for the error `problem` the parser reported on `line` of `yaml`, looking at that line, then the one
    /// before.
    static func find(in yaml: String, near line: Int, problem: String) -> YAMLTypingHint? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for number in [line, line - 1] where lines.indices.contains(number - 1) {
            if let hint = hint(for: Array(lines[number - 1].unicodeScalars), line: number, problem: problem) { return hint }
        }
        return nil
    }

    private static func hint(for scalars: [Unicode.Scalar], line: Int, problem: String) -> YAMLTypingHint? {
        var start = 0
        while start < scalars.count, scalars[start] == " " { start += 1 }
        if start < scalars.count, scalars[start] == "\u{3000}" {
            var keyStart = start
            while keyStart < scalars.count, scalars[keyStart] == "\u{3000}" { keyStart += 1 }
            guard let colon = scalars[keyStart...].firstIndex(where: { $0 == ":" || $0 == "：" }), key(scalars[keyStart..<colon]) != nil
            else { return nil }
            return YAMLTypingHint(message: "the line is indented with a full-width space '　'; indent with ASCII spaces",
                                  line: line, column: start + 1)
        }
        if problem.contains("could not find expected ':'"), let colon = scalars.firstIndex(of: "："),
           let key = key(scalars[..<colon], afterListMarker: true) {
            return YAMLTypingHint(message: "'：' after '\(key)' is a full-width colon; write an ASCII colon and a space, as in '\(key): …'",
                                  line: line, column: colon + 1)
        }
        guard let colon = scalars.firstIndex(of: ":"), let key = key(scalars[..<colon], afterListMarker: true) else { return nil }
        var valueStart = colon + 1
        while valueStart < scalars.count, scalars[valueStart] == " " { valueStart += 1 }
        guard valueStart > colon + 1, valueStart < scalars.count, ">|@`%".unicodeScalars.contains(scalars[valueStart]) else { return nil }
        let value = String(String.UnicodeScalarView(scalars[valueStart...])).trimmed
        guard !isBlockScalarHeader(value) else { return nil }
        let quoted = value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return YAMLTypingHint(message: "a value starting with '\(scalars[valueStart])' must be quoted; write \(key): \"\(quoted)\"",
                              line: line, column: valueStart + 1)
    }

    /// `text`, the start of a line up to a colon, as a key of the format (letters, digits and `_`) after its
    /// indentation and, where `afterListMarker`, a `- `; nil when it is anything else.
    private static func key(_ text: ArraySlice<Unicode.Scalar>, afterListMarker: Bool = false) -> String? {
        var start = text.startIndex
        while start < text.endIndex, text[start] == " " || (afterListMarker && text[start] == "-") { start += 1 }
        let key = text[start...]
        guard let first = key.first, first.isASCII, first.properties.isAlphabetic || first == "_",
              key.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") })
        else { return nil }
        return String(String.UnicodeScalarView(key))
    }

    /// Whether `value` is a real block scalar header, such as `|`, `>-` or `|2 # note`, rather than text like `>800`.
    private static func isBlockScalarHeader(_ value: String) -> Bool {
        guard value.hasPrefix(">") || value.hasPrefix("|") else { return false }
        var rest = value.unicodeScalars.dropFirst()
        var indicators = 0
        while let next = rest.first, next == "-" || next == "+" || ("1"..."9").contains(next), indicators < 2 {
            rest = rest.dropFirst()
            indicators += 1
        }
        let tail = String(String.UnicodeScalarView(rest)).trimmed
        return tail.isEmpty || tail.hasPrefix("#")
    }
}
