import Foundation

/// Splits text into search tokens by the rules of docs/search.md, exactly as `assets/search-tokenizer.js` does.
public enum SearchTokenizer {
    /// The tokens of `text` in order of their start, with repetitions: what the index counts.
    public static func tokens(in text: String) -> [String] {
        var tokens: [String] = []
        forEachToken(in: text) { tokens.append($0.text) }
        return tokens
    }

    /// The number of tokens in `text`, repetitions included: a field's length for BM25.
    ///
    /// Every field of every document is counted before any is indexed; text that needs no normalization (nearly all
    /// of it) is counted faster by `SearchTokenCount`, from the class of each code point, without making the tokens.
    static func count(in text: String) -> Int {
        if let count = SearchTokenCount.tokens(in: text) { return count }
        var count = 0
        forEachToken(in: text) { _ in count += 1 }
        return count
    }

    /// Calls `body` with each token of `text` in order of its start, in the packed form the index counts.
    static func forEachToken(in text: String, _ body: (SearchToken) -> Void) {
        scan(normalized(text), emit: body)
    }

    /// The code points of `text` after NFKC and ASCII lower-casing.
    ///
    /// NFKC is composed from NFKD and NFC because Foundation's `precomposedStringWithCompatibilityMapping`
    /// on Linux leaves `ｶﾞ` as `カ` + U+3099 where NFKC (and the browser) give `ガ`.
    static func normalized(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if isNFKCStable(scalar) {
                scalars.append(lowercased(scalar))
            } else if let ascii = fullWidthASCII(scalar) {
                scalars.append(lowercased(ascii))
            } else {
                let nfkc = text.decomposedStringWithCompatibilityMapping.precomposedStringWithCanonicalMapping
                return nfkc.unicodeScalars.map(lowercased)
            }
        }
        return scalars
    }

    /// An ASCII capital letter as its small letter; any other scalar as it is.
    private static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }

    /// What NFKC makes of a full-width form (U+FF01–U+FF5E) or the ideographic space: its ASCII twin.
    static func fullWidthASCII(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)
        case 0x3000: return " "
        default: return nil
        }
    }

    /// Whether NFKC leaves `scalar` as it is, for the scalars most records consist of: printable ASCII, the
    /// CJK unified ideographs, the Chinese punctuation that has no compatibility mapping, and the signs that
    /// indicator targets use (≥ ≤ ≠ ± × ÷ ° ‰ ·). Text made only of these skips normalization, which is the same
    /// result, computed faster.
    static func isNFKCStable(_ scalar: Unicode.Scalar) -> Bool {
        if (0x4E00...0x9FFF).contains(scalar.value) { return true }
        switch scalar.value {
        case 0x09, 0x0A, 0x0D, 0x20...0x7E, 0x3400...0x4DBF, 0x3001, 0x3002, 0x300A...0x3011,
             0x2014, 0x2018, 0x2019, 0x201C, 0x201D, 0xB0, 0xB1, 0xB7, 0xD7, 0xF7, 0x2030, 0x2260, 0x2264, 0x2265:
            return true
        default:
            return false
        }
    }

    /// Emits the tokens of normalised code points, left to right; keep `SearchTokenCount` in step with its rules.
    static func scan(_ scalars: [Unicode.Scalar], emit: (SearchToken) -> Void) {
        let classes = scalars.map(SearchScalarClass.init)
        var number: [UInt8] = []
        var index = 0
        while index < scalars.count {
            switch classes[index] {
            case .separator:
                index += 1
            case .cjk:
                let end = runEnd(classes, from: index) { $0 == .cjk }
                for position in index..<end {
                    emit(.cjk(scalars[position]))
                    if position + 1 < end { emit(.cjk(scalars[position], scalars[position + 1])) }
                }
                index = end
            case .letter:
                let end = runEnd(classes, from: index) { $0 == .digit || $0 == .letter }
                emit(.word(scalars[index..<end]))
                index = end
            case .digit:
                index = scanNumber(scalars, classes, start: index, scratch: &number, emit: emit)
            }
        }
    }

    /// Emits the number that starts with the digit at `start` and returns where scanning resumes.
    ///
    /// The integer is gathered in `scratch`, whose storage the caller keeps, so a number allocates nothing.
    private static func scanNumber(
        _ scalars: [Unicode.Scalar], _ classes: [SearchScalarClass], start: Int, scratch integer: inout [UInt8],
        emit: (SearchToken) -> Void
    ) -> Int {
        let integerEnd = runEnd(classes, from: start) { $0 == .digit }
        integer.removeAll(keepingCapacity: true)
        integer += digits(scalars[start..<integerEnd])
        var end = integerEnd
        if integerEnd - start <= 3 {
            while isThousandsGroup(scalars, classes, at: end) {
                integer += digits(scalars[end + 1..<end + 4])
                end += 4
            }
        }
        // Each part is a `.` and its digits.
        let partsStart = end
        var parts = 0
        while end + 1 < scalars.count, scalars[end] == ".", classes[end + 1] == .digit {
            end = runEnd(classes, from: end + 1) { $0 == .digit }
            parts += 1
        }
        if parts == 1 {
            integer.append(UInt8(ascii: "."))
            integer += digits(scalars[partsStart + 1..<end])
            emit(.ascii(integer))
        } else {
            emit(.ascii(integer))
            var partStart = partsStart
            while partStart < end {
                let partEnd = runEnd(classes, from: partStart + 1) { $0 == .digit }
                emit(.ascii(digits(scalars[partStart + 1..<partEnd])))
                partStart = partEnd
            }
        }
        return end
    }

    /// Whether `,` and exactly three digits, not followed by a digit, start at `index`.
    private static func isThousandsGroup(_ scalars: [Unicode.Scalar], _ classes: [SearchScalarClass], at index: Int) -> Bool {
        guard index + 3 < scalars.count, scalars[index] == "," else { return false }
        guard classes[index + 1...index + 3].allSatisfy({ $0 == .digit }) else { return false }
        return index + 4 == scalars.count || classes[index + 4] != .digit
    }

    /// The end of the run of classes matching `belongs` that starts at `start`.
    private static func runEnd(
        _ classes: [SearchScalarClass], from start: Int, while belongs: (SearchScalarClass) -> Bool
    ) -> Int {
        var end = start
        while end < classes.count, belongs(classes[end]) { end += 1 }
        return end
    }

    /// ASCII digits as their bytes, without copying them.
    private static func digits(_ scalars: ArraySlice<Unicode.Scalar>) -> LazyMapSequence<ArraySlice<Unicode.Scalar>, UInt8> {
        scalars.lazy.map { UInt8($0.value) }
    }
}
