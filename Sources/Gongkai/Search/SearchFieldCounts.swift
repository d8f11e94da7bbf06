/// One field of a document reduced to what BM25F needs: its length and each token's frequency.
struct SearchFieldCounts: Sendable {
    /// The field's name.
    let name: String
    /// The field's weight.
    let weight: Double
    /// The number of tokens in the field.
    let length: Int
    /// How often each token occurs in the field.
    let frequencies: [String: Int]

    init(_ field: SearchField) {
        let tokens = SearchTokenizer.tokens(in: field.text)
        var frequencies: [String: Int] = [:]
        for token in tokens { frequencies[token, default: 0] += 1 }
        self.name = field.name
        self.weight = field.weight
        self.length = tokens.count
        self.frequencies = frequencies
    }
}
