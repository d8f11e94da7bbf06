import Foundation

/// A JSON value that always encodes to the same bytes: keys sorted by code point, no whitespace, UTF-8 text.
enum CanonicalJSON: Equatable {
    case null
    case int(Int)
    case number(Double)
    /// An exact decimal, written as `Decimal.description` writes it.
    case decimal(Decimal)
    case string(String)
    case array([CanonicalJSON])
    case object([String: CanonicalJSON])

    /// `value` as a string, or `null` when absent.
    static func string(_ value: String?) -> CanonicalJSON { value.map(CanonicalJSON.string) ?? .null }

    /// `value` as a number, or `null` when absent.
    static func int(_ value: Int?) -> CanonicalJSON { value.map(CanonicalJSON.int) ?? .null }

    /// `value` as a string, or nil (not `null`) when absent, for `object(omittingNil:)` to leave out.
    static func ifPresent(_ value: String?) -> CanonicalJSON? { value.map(CanonicalJSON.string) }

    /// `value` as an exact number, or nil (not `null`) when absent, for `object(omittingNil:)` to leave out.
    static func ifPresent(_ value: Decimal?) -> CanonicalJSON? { value.map(CanonicalJSON.decimal) }

    /// An object of the members that are not nil.
    static func object(omittingNil members: [String: CanonicalJSON?]) -> CanonicalJSON {
        .object(members.compactMapValues { $0 })
    }

    /// The encoded bytes.
    var data: Data { Data(text.utf8) }

    /// The encoded text.
    var text: String {
        var out = ""
        write(to: &out)
        return out
    }

    private func write(to out: inout String) {
        switch self {
        case .null:
            out += "null"
        case .int(let value):
            out += String(value)
        case .number(let value):
            precondition(value.isFinite, "JSON has no \(value)")
            out += value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        case .decimal(let value):
            precondition(value.isFinite, "JSON has no \(value)")
            out += DecimalDigits.exactText(value)
        case .string(let value):
            Self.writeString(value, to: &out)
        case .array(let values):
            out += "["
            for (index, value) in values.enumerated() {
                if index > 0 { out += "," }
                value.write(to: &out)
            }
            out += "]"
        case .object(let members):
            out += "{"
            for (index, key) in members.keys.sorted(by: Self.codePointOrder).enumerated() {
                if index > 0 { out += "," }
                Self.writeString(key, to: &out)
                out += ":"
                members[key]!.write(to: &out)
            }
            out += "}"
        }
    }

    /// Whether `a` sorts before `b` by code point, which for UTF-8 is byte order.
    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// Writes a JSON string literal, dropping the invisible controls that `Escape.html` drops too.
    ///
    /// Works on UTF-8 bytes and copies the runs between escapes whole, for long texts with a line break in nearly
    /// every line, such as the search index's rows.
    static func writeString(_ value: String, to out: inout String) {
        out += "\""
        guard needsEscaping(value) else {
            out += value
            out += "\""
            return
        }
        var value = value
        value.withUTF8 { bytes in
            var runStart = 0
            var index = 0
            while index < bytes.count {
                let replacement: String
                var length = 1
                switch bytes[index] {
                case 0x22: replacement = "\\\""
                case 0x5C: replacement = "\\\\"
                case 0x0A: replacement = "\\n"
                case 0x0D: replacement = "\\r"
                case 0x09: replacement = "\\t"
                default:
                    length = Escape.invisibleControlLength(in: bytes, at: index)
                    guard length > 0 else {
                        index += 1
                        continue
                    }
                    replacement = ""
                }
                out += String(decoding: bytes[runStart..<index], as: UTF8.self)
                out += replacement
                index += length
                runStart = index
            }
            out += String(decoding: bytes[runStart...], as: UTF8.self)
        }
        out += "\""
    }

    /// Whether `value` holds a quote, backslash or control character, or a character `Escape` drops.
    private static func needsEscaping(_ value: String) -> Bool {
        Escape.contains(value) { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }
}
