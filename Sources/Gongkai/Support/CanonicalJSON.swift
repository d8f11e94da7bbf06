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
    case object(Members)

    typealias Members = CanonicalJSONMembers

    /// `value` as a string, or `null` when absent.
    static func string(_ value: String?) -> CanonicalJSON { value.map(CanonicalJSON.string) ?? .null }

    /// `value` as a number, or `null` when absent.
    static func int(_ value: Int?) -> CanonicalJSON { value.map(CanonicalJSON.int) ?? .null }

    /// `value` as a string, or nil (not `null`) when absent, for `object(omittingNil:)` to leave out.
    static func ifPresent(_ value: String?) -> CanonicalJSON? { value.map(CanonicalJSON.string) }

    /// `value` as an exact number, or nil (not `null`) when absent, for `object(omittingNil:)` to leave out.
    static func ifPresent(_ value: Decimal?) -> CanonicalJSON? { value.map(CanonicalJSON.decimal) }

    /// An object of the members that are not nil.
    static func object(omittingNil members: KeyValuePairs<String, CanonicalJSON?>) -> CanonicalJSON {
        .object(Members(members.compactMap { key, value in value.map { (key: key, value: $0) } }))
    }

    /// The encoded bytes.
    var data: Data { Data(bytes) }

    /// The encoded bytes, as an array to build on.
    var bytes: [UInt8] { encoded(exact: false) }

    /// The encoded text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The encoded bytes with every character of every string kept, controls escaped, for a cache that must read
    /// back exactly what it was given; published JSON drops invisible controls instead.
    var exactData: Data { Data(encoded(exact: true)) }

    private func encoded(exact: Bool) -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out, exact: exact)
        return out
    }

    /// Appends the encoding as UTF-8: bytes are appended without the checks a `String` makes of every piece.
    private func write(to out: inout [UInt8], exact: Bool) {
        switch self {
        case .null:
            out += "null".utf8
        case .int(let value):
            out += String(value).utf8
        case .number(let value):
            precondition(value.isFinite, "JSON has no \(value)")
            out += (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)).utf8
        case .decimal(let value):
            precondition(value.isFinite, "JSON has no \(value)")
            out += DecimalDigits.exactText(value).utf8
        case .string(let value):
            Self.writeString(value, to: &out, exact: exact)
        case .array(let values):
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                value.write(to: &out, exact: exact)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, member) in members.sorted.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(member.key, to: &out, exact: exact)
                out.append(UInt8(ascii: ":"))
                member.value.write(to: &out, exact: exact)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Whether `a` sorts before `b` by code point, which for UTF-8 is byte order.
    static func codePointOrder(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in
                let shared = min(a.count, b.count)
                let order = shared == 0 ? 0 : memcmp(a.baseAddress!, b.baseAddress!, shared)
                return order != 0 ? order < 0 : a.count < b.count
            }
        }
    }

    /// Writes a JSON string literal, dropping the invisible controls that `Escape.html` drops too, or, when
    /// `exact`, escaping every control instead.
    ///
    /// Works on UTF-8 bytes and copies the runs between escapes whole, for long texts with a line break in nearly
    /// every line, such as the search index's rows.
    static func writeString(_ value: String, to out: inout [UInt8], exact: Bool = false) {
        out.append(UInt8(ascii: "\""))
        defer { out.append(UInt8(ascii: "\"")) }
        guard exact || needsEscaping(value) else {
            out += value.utf8
            return
        }
        var value = value
        value.withUTF8 { bytes in
            guard !exact || needsExactEscaping(bytes) else {
                out += bytes
                return
            }
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
                case 0x00..<0x20 where exact:
                    replacement = "\\u00" + (bytes[index] < 0x10 ? "0" : "") + String(bytes[index], radix: 16)
                default:
                    guard !exact else {
                        index += 1
                        continue
                    }
                    length = Escape.invisibleControlLength(in: bytes, at: index)
                    guard length > 0 else {
                        index += 1
                        continue
                    }
                    replacement = ""
                }
                out += UnsafeBufferPointer(rebasing: bytes[runStart..<index])
                out += replacement.utf8
                index += length
                runStart = index
            }
            out += UnsafeBufferPointer(rebasing: bytes[runStart...])
        }
    }

    /// Whether `value` holds a quote, backslash or control character, or a character `Escape` drops.
    private static func needsEscaping(_ value: String) -> Bool {
        Escape.contains(value) { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }

    /// Whether UTF-8 `bytes` hold a quote, backslash or control character.
    private static func needsExactEscaping(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        bytes.contains { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }
    }
}

/// An object's members in the order given; they are written sorted by key.
///
/// A list rather than a dictionary: objects here are small and written once, so hashing every key to store it
/// costs more than sorting the keys when writing. Keys and values are kept apart, and the type outside
/// `CanonicalJSON`, because debug builds reject a value holding tuples of its own enum as a circular reference.
struct CanonicalJSONMembers: Equatable, ExpressibleByDictionaryLiteral {
    fileprivate var keys: [String]
    fileprivate var values: [CanonicalJSON]

    init(dictionaryLiteral elements: (String, CanonicalJSON)...) {
        keys = elements.map(\.0)
        values = elements.map(\.1)
    }

    init(_ members: [(key: String, value: CanonicalJSON)]) {
        keys = members.map(\.key)
        values = members.map(\.value)
    }

    static func == (a: CanonicalJSONMembers, b: CanonicalJSONMembers) -> Bool {
        a.sorted.elementsEqual(b.sorted) { $0.key == $1.key && $0.value == $1.value }
    }

    /// The members in code-point order of key; a key given twice is a programming error.
    fileprivate var sorted: [(key: String, value: CanonicalJSON)] {
        let order = keys.indices.sorted { CanonicalJSON.codePointOrder(keys[$0], keys[$1]) }
        for (earlier, later) in zip(order, order.dropFirst()) {
            precondition(keys[earlier] != keys[later], "JSON object with key '\(keys[later])' twice")
        }
        return order.map { (key: keys[$0], value: values[$0]) }
    }
}
