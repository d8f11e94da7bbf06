/// A token as the index counts it: most tokens are packed into one integer, so counting them allocates nothing.
///
/// One or two CJK characters, and ASCII tokens of up to seven bytes (most numbers and words), are packed;
/// longer or non-ASCII tokens keep their text. A token has exactly one form, so equal forms mean equal tokens.
enum SearchToken: Hashable, Sendable {
    /// A CJK character or bigram, or a short ASCII token, in the layout of `cjk` and `ascii`.
    case packed(UInt64)
    /// Any other token.
    case text(String)

    private static let cjkTag: UInt64 = 1 << 63
    private static let asciiTag: UInt64 = 1 << 62
    private static let maxASCIIBytes = 7

    /// A CJK character, or a bigram with the character that follows it: tag, first scalar, second scalar or 0.
    static func cjk(_ first: Unicode.Scalar, _ second: Unicode.Scalar? = nil) -> SearchToken {
        .packed(cjkTag | UInt64(first.value) << 21 | UInt64(second?.value ?? 0))
    }

    /// A token of ASCII bytes: tag, byte count, then the bytes from the lowest byte up.
    static func ascii<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> SearchToken {
        guard bytes.count <= maxASCIIBytes else { return .text(String(decoding: bytes, as: UTF8.self)) }
        var packed = asciiTag | UInt64(bytes.count) << 56
        for (offset, byte) in bytes.enumerated() { packed |= UInt64(byte) << (8 * offset) }
        return .packed(packed)
    }

    /// A word of letters and digits, packed when it is short ASCII.
    static func word(_ scalars: ArraySlice<Unicode.Scalar>) -> SearchToken {
        if scalars.count <= maxASCIIBytes, scalars.allSatisfy(\.isASCII) {
            return ascii(scalars.lazy.map { UInt8($0.value) })
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return .text(text)
    }

    /// The token's text, as the index files and the browser spell it.
    var text: String {
        switch self {
        case .text(let text):
            return text
        case .packed(let packed) where packed & Self.cjkTag != 0:
            var scalars = String.UnicodeScalarView()
            scalars.append(Unicode.Scalar(UInt32(truncatingIfNeeded: packed >> 21 & 0x1F_FFFF))!)
            if let second = Unicode.Scalar(UInt32(truncatingIfNeeded: packed & 0x1F_FFFF)), second != "\0" {
                scalars.append(second)
            }
            return String(scalars)
        case .packed(let packed):
            let count = Int(packed >> 56 & 0x7)
            return String(decoding: (0..<count).map { UInt8(truncatingIfNeeded: packed >> (8 * $0)) }, as: UTF8.self)
        }
    }
}
