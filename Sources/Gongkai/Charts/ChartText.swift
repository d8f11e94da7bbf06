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
        guard eachScalarIsACharacter(text) else { return text.reduce(0) { $0 + em($1) } * size }
        return text.unicodeScalars.reduce(0) { $0 + em($1) } * size
    }

    /// `text` shortened with "…" to fit `width` at font size `size`.
    static func truncate(_ text: String, width: Double, size: Double) -> String {
        guard self.width(text, size: size) > width else { return text }
        let budget = width / size - 1
        var used = 0.0
        guard eachScalarIsACharacter(text) else {
            var out = ""
            for character in text {
                used += em(character)
                if used > budget { break }
                out.append(character)
            }
            return out + "…"
        }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            used += em(scalar)
            if used > budget { break }
            out.append(scalar)
        }
        return String(out) + "…"
    }

    /// Whether every scalar of `text` is a character of its own, so its width can be summed scalar by scalar without
    /// finding where characters end: true of printable ASCII, CJK ideographs and the punctuation written with them,
    /// none of which combines with a neighbour.
    private static func eachScalarIsACharacter(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x20...0x7E, 0xB7, 0xD7, 0xF7, 0x2010...0x2027, 0x3000...0x3029, 0x3030...0x303F, 0x3400...0x4DBF,
                 0x4E00...0x9FFF, 0xFF01...0xFF5E:
                return true
            default:
                return false
            }
        }
    }

    private static func em(_ character: Character) -> Double {
        character == " " ? 0.3 : units(of: character) == 2 ? 1 : narrowEm
    }

    private static func em(_ scalar: Unicode.Scalar) -> Double {
        scalar == " " ? 0.3 : units(of: scalar) == 2 ? 1 : narrowEm
    }

    static func units(of character: Character) -> Int {
        character.unicodeScalars.first.map(units) ?? 0
    }

    private static func units(of scalar: Unicode.Scalar) -> Int {
        switch scalar.value {
        case 0x1100...0x115F, 0x2014, 0x2026, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }
}
