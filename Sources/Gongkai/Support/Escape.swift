import Foundation

/// The one escaping function for each output language; nothing reaches a file unescaped but cmark's HTML.
public enum Escape {
    /// Text for HTML element content and double-quoted attribute values.
    public static func html(_ text: String) -> String {
        guard needsEscaping(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                if !isInvisibleControl(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }

    /// Text for XML (SVG, Atom, sitemap); the same rules as HTML, which are valid XML escapes.
    public static func xml(_ text: String) -> String { html(text) }

    /// A CSV field, quoted per RFC 4180 when it holds a comma, quote or line break.
    public static func csv(_ text: String) -> String {
        let clean = containsInvisibleControl(text)
            ? String(String.UnicodeScalarView(text.unicodeScalars.filter { !isInvisibleControl($0) })) : text
        guard clean.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return clean }
        return "\"" + clean.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Whether `text` holds anything `html` would change; most numbers and labels do not, and are returned as they are.
    static func needsEscaping(_ text: String) -> Bool {
        contains(text) { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }
    }

    /// Whether `text` holds a character `isInvisibleControl` would remove.
    static func containsInvisibleControl(_ text: String) -> Bool {
        contains(text) { _ in false }
    }

    /// Whether `text` holds a byte `isSpecial` accepts or a character `isInvisibleControl` would remove, found in
    /// one pass over its UTF-8 bytes without decoding: escaping every value of every page starts here.
    @inline(__always)
    static func contains(_ text: String, specialByte isSpecial: (UInt8) -> Bool) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            bytes.indices.contains { isSpecial(bytes[$0]) || invisibleControlLength(in: bytes, at: $0) > 0 }
        }
    }

    /// The length in bytes of the character `isInvisibleControl` would remove that starts at `index` of UTF-8
    /// `bytes`, or 0: such characters are a byte below 0x20 (but tab and line breaks) or 0x7F, or C1 controls
    /// and bidi marks, which UTF-8 spells from a 0xC2 or 0xE2 lead byte.
    @inline(__always)
    static func invisibleControlLength(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        switch bytes[index] {
        case 0x09, 0x0A, 0x0D:
            return 0
        case 0x00...0x1F, 0x7F:
            return 1
        case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
            return 2
        case 0xE2 where index + 2 < bytes.count:
            switch (bytes[index + 1], bytes[index + 2]) {
            case (0x80, 0x8E...0x8F), (0x80, 0xAA...0xAE), (0x81, 0xA6...0xA9): return 3
            default: return 0
            }
        default:
            return 0
        }
    }

    /// Control characters other than tab and line breaks, and bidi overrides, which could disguise text.
    public static func isInvisibleControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: return false
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F: return true
        default: return false
        }
    }
}
