extension StringProtocol {
    /// The text without leading and trailing whitespace and line breaks.
    ///
    /// Pure Swift, so hot loading paths avoid Foundation's bridging `trimmingCharacters(in:)`.
    var trimmed: String {
        let text = String(self)
        let scalars = text.unicodeScalars
        if let first = scalars.first, let last = scalars.last, !first.properties.isWhitespace, !last.properties.isWhitespace {
            return text
        }
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(Substring(scalars[first...last]))
    }
}
