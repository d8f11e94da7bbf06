/// The class of a normalised code point, which decides how the tokenizer treats it (docs/search.md §1.2).
///
/// Fixed ranges rather than Unicode properties, so that Swift and the browser agree whatever Unicode
/// version each ships. Keep in step with `classOf` in `assets/search-tokenizer.js`.
enum SearchScalarClass: Equatable {
    /// Han, kana or Hangul: indexed as single characters and overlapping bigrams.
    case cjk
    /// An ASCII digit: part of a number or a word.
    case digit
    /// A Latin, Greek or Cyrillic letter: part of a word.
    case letter
    /// Anything else: whitespace, punctuation, symbols, emoji.
    case separator

    init(_ scalar: Unicode.Scalar) {
        // Nearly every scalar of a record is a common ideograph; deciding those first skips a dozen comparisons.
        if (0x4E00...0x9FFF).contains(scalar.value) {
            self = .cjk
            return
        }
        switch scalar.value {
        case 0x30...0x39:
            self = .digit
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F,
             0x370...0x3FF, 0x400...0x4FF, 0x1E00...0x1EFF:
            self = .letter
        case 0x3005, 0x3007, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x3FFFF,
             0x3041...0x3096, 0x309D...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF,
             0xAC00...0xD7A3:
            self = .cjk
        default:
            self = .separator
        }
    }
}
