/// Counts the tokens `SearchTokenizer.scan` would emit, from the class of each code point alone.
///
/// It follows `scan` rule by rule: a CJK run of n characters gives n characters and n − 1 bigrams, a word one
/// token, a number one token, or one per part when it has several. Only text that NFKC leaves as it is, or
/// changes only by full-width ASCII, is counted here; for anything else `tokens(in:)` is nil and the caller
/// tokenizes.
enum SearchTokenCount {
    /// What scanning needs to know of a normalised code point.
    private enum Kind: UInt8 {
        case cjk, digit, letter, comma, dot, separator
    }

    /// The number of tokens in `text`; nil when it needs normalizing first.
    static func tokens(in text: String) -> Int? {
        var kinds: [Kind] = []
        kinds.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if SearchTokenizer.isNFKCStable(scalar) {
                kinds.append(Self.kind(scalar))
            } else if let ascii = SearchTokenizer.fullWidthASCII(scalar) {
                kinds.append(Self.kind(ascii))
            } else {
                return nil
            }
        }
        return count(kinds)
    }

    private static func kind(_ scalar: Unicode.Scalar) -> Kind {
        if (0x4E00...0x9FFF).contains(scalar.value) { return .cjk }
        switch scalar {
        case ",": return .comma
        case ".": return .dot
        default:
            switch SearchScalarClass(scalar) {
            case .cjk: return .cjk
            case .digit: return .digit
            case .letter: return .letter
            case .separator: return .separator
            }
        }
    }

    private static func count(_ kinds: [Kind]) -> Int {
        var tokens = 0
        var index = 0
        while index < kinds.count {
            switch kinds[index] {
            case .comma, .dot, .separator:
                index += 1
            case .cjk:
                let end = runEnd(kinds, from: index) { $0 == .cjk }
                tokens += 2 * (end - index) - 1
                index = end
            case .letter:
                index = runEnd(kinds, from: index) { $0 == .digit || $0 == .letter }
                tokens += 1
            case .digit:
                let integerEnd = runEnd(kinds, from: index) { $0 == .digit }
                var end = integerEnd
                if integerEnd - index <= 3 {
                    while isThousandsGroup(kinds, at: end) { end += 4 }
                }
                var parts = 0
                while end + 1 < kinds.count, kinds[end] == .dot, kinds[end + 1] == .digit {
                    end = runEnd(kinds, from: end + 1) { $0 == .digit }
                    parts += 1
                }
                tokens += parts == 1 ? 1 : 1 + parts
                index = end
            }
        }
        return tokens
    }

    /// Whether `,` and exactly three digits, not followed by a digit, start at `index`, as `scan` reads them.
    private static func isThousandsGroup(_ kinds: [Kind], at index: Int) -> Bool {
        guard index + 3 < kinds.count, kinds[index] == .comma else { return false }
        guard kinds[index + 1...index + 3].allSatisfy({ $0 == .digit }) else { return false }
        return index + 4 == kinds.count || kinds[index + 4] != .digit
    }

    private static func runEnd(_ kinds: [Kind], from start: Int, while belongs: (Kind) -> Bool) -> Int {
        var end = start
        while end < kinds.count, belongs(kinds[end]) { end += 1 }
        return end
    }
}
