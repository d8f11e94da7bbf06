import Foundation

/// Estimates how wide a label is drawn and shortens it with "…" to fit; CJK characters count double.
public enum ChartText {
    /// The estimated advance of a narrow character in em (digits and Latin run 0.5–0.6); CJK is 1 em.
    static let narrowEm = 0.6

    /// The width of `text` in half-width units: 2 for CJK and full-width characters, 1 for others.
    public static func units(_ text: String) -> Int {
        text.reduce(0) { $0 + units(of: $1) }
    }

    /// `text` shortened to at most `maxUnits` half-width units, ending in "…" when cut.
    public static func truncate(_ text: String, maxUnits: Int) -> String {
        guard units(text) > maxUnits else { return text }
        let budget = maxUnits - 2
        guard budget > 0 else { return "…" }
        var out = ""
        var used = 0
        for character in text {
            let u = units(of: character)
            if used + u > budget { break }
            out.append(character)
            used += u
        }
        return out + "…"
    }

    /// The estimated drawn width of `text` at font size `size` (generous, so labels do not clip).
    static func width(_ text: String, size: Double) -> Double {
        text.reduce(0) { $0 + em($1) } * size
    }

    /// `text` shortened with "…" to fit `width` at font size `size`.
    static func truncate(_ text: String, width: Double, size: Double) -> String {
        guard self.width(text, size: size) > width else { return text }
        let budget = width / size - 1
        var out = ""
        var used = 0.0
        for character in text {
            used += em(character)
            if used > budget { break }
            out.append(character)
        }
        return out + "…"
    }

    private static func em(_ character: Character) -> Double {
        character == " " ? 0.3 : units(of: character) == 2 ? 1 : narrowEm
    }

    static func units(of character: Character) -> Int {
        guard let scalar = character.unicodeScalars.first else { return 0 }
        switch scalar.value {
        case 0x1100...0x115F, 0x2014, 0x2026, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
