/// Finds and hides personal mobile numbers and 18-digit ID numbers in published text.
public enum PersonalData {
    public static let placeholder = "［已隐去］"

    public enum Kind: String, Sendable {
        case mobile = "个人手机号码"
        case idNumber = "身份证号码"
    }

    /// The kinds of personal number in `text`, in order of first appearance, and the line of the first.
    public static func find(in text: String) -> (kinds: [Kind], firstLine: Int)? {
        var kinds: [Kind] = []
        var firstLine: Int?
        scan(text) { kind, line in
            if !kinds.contains(kind) { kinds.append(kind) }
            if firstLine == nil { firstLine = line }
        }
        return firstLine.map { (kinds, $0) }
    }

    /// `text` with every personal number replaced by ［已隐去］.
    public static func redact(_ text: String) -> String {
        var ranges: [Range<Int>] = []
        scan(text) { _, _ in } ranges: { ranges.append($0) }
        guard !ranges.isEmpty else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var cursor = 0
        for range in ranges {
            out += bytes[cursor..<range.lowerBound]
            out += Array(placeholder.utf8)
            cursor = range.upperBound
        }
        out += bytes[cursor...]
        return String(decoding: out, as: UTF8.self)
    }

    /// Calls `found` for each personal number: a run of exactly 11 digits starting 13–19, or of 17 digits
    /// and a check character (a digit or X), not part of a longer run of digits.
    private static func scan(_ text: String, found: (Kind, Int) -> Void, ranges: (Range<Int>) -> Void = { _ in }) {
        let bytes = Array(text.utf8)
        var index = 0
        var line = 1
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            guard isDigit(byte) else { index += 1; continue }
            let start = index
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
            let length = index - start
            if length == 11, bytes[start] == UInt8(ascii: "1"), (UInt8(ascii: "3")...UInt8(ascii: "9")).contains(bytes[start + 1]),
               !(index < bytes.count && isLetter(bytes[index])) {
                found(.mobile, line)
                ranges(start..<index)
            } else if length == 18, !(index < bytes.count && isLetter(bytes[index])) {
                found(.idNumber, line)
                ranges(start..<index)
            } else if length == 17, index < bytes.count, bytes[index] == UInt8(ascii: "X") || bytes[index] == UInt8(ascii: "x") {
                index += 1
                found(.idNumber, line)
                ranges(start..<index)
            }
        }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
