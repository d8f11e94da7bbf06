/// The likelier cause of a YAML syntax error, for the slips that Chinese input methods and report tables bring:
/// a full-width colon after a key, indentation with the full-width space, and a value starting with a character
/// YAML reserves, such as a target copied as `>800`.
///
/// The parser notices these a line late, or with words about tokens, so the hint names the line the slip is on.
struct YAMLTypingHint {
    var message: String
    /// The 1-based line and column, within the YAML text, of the character to change.
    var line: Int
    var column: Int

    /// The hint for an error the parser reported on `line` of `yaml`, looking at that line and the one before.
    static func find(in yaml: String, near line: Int) -> YAMLTypingHint? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        for number in [line - 1, line] where lines.indices.contains(number - 1) {
            if let hint = hint(for: lines[number - 1], line: number) { return hint }
        }
        return nil
    }

    private static func hint(for text: Substring, line: Int) -> YAMLTypingHint? {
        let scalars = Array(text.unicodeScalars)
        if let space = scalars.firstIndex(of: "\u{3000}"), scalars[..<space].allSatisfy({ $0 == " " }) {
            return YAMLTypingHint(message: "the line is indented with a full-width space '　'; indent with ASCII spaces",
                                  line: line, column: space + 1)
        }
        // Only after a key: a list item of text such as `- 措施：加强管理` is valid YAML.
        if let colon = scalars.firstIndex(of: "："), let key = key(scalars[..<colon]) {
            return YAMLTypingHint(message: "'：' after '\(key)' is a full-width colon; write an ASCII colon and a space, as in '\(key): …'",
                                  line: line, column: colon + 1)
        }
        guard let colon = scalars.firstIndex(of: ":"), colon + 2 < scalars.count, scalars[colon + 1] == " ",
              let key = key(scalars[..<colon]) else { return nil }
        let value = String(String.UnicodeScalarView(scalars[(colon + 2)...])).trimmed
        guard let first = value.unicodeScalars.first, ">|@`%".unicodeScalars.contains(first),
              !isBlockScalarHeader(value) else { return nil }
        return YAMLTypingHint(message: "a value starting with '\(first)' must be quoted; write \(key): \"\(value)\"",
                              line: line, column: colon + 3)
    }

    /// The key that `prefix`, a line up to a colon, ends in, after its indentation and any `- `: letters, digits and
    /// `_`, as the format's keys are; nil when it is anything else.
    private static func key(_ prefix: ArraySlice<Unicode.Scalar>) -> String? {
        var start = prefix.startIndex
        while start < prefix.endIndex, prefix[start] == " " || prefix[start] == "-" { start += 1 }
        let key = prefix[start...]
        guard let first = key.first, first.properties.isAlphabetic || first == "_",
              key.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_") })
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
