extension StringProtocol {
    /// The text without leading and trailing whitespace and line breaks.
    ///
    /// Pure Swift, so hot loading paths avoid Foundation's bridging `trimmingCharacters(in:)`.
    var trimmed: String {
        let text = String(self)
        let scalars = text.unicodeScalars
        if let first = scalars.first, let last = scalars.last, !first.isWhitespace, !last.isWhitespace {
            return text
        }
        guard let first = scalars.firstIndex(where: { !$0.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isWhitespace })!
        return String(Substring(scalars[first...last]))
    }
}

extension Unicode.Scalar {
    /// Whether the scalar has Unicode's White_Space property, as `properties.isWhitespace` says.
    ///
    /// The property holds for 25 code points, and a switch over them answers without the search through the
    /// property tables that `properties` makes, which loading would make for both ends of every value it reads.
    var isWhitespace: Bool {
        switch value {
        case 0x09...0x0D, 0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
