/// Turns field counts into the quantised BM25F weights that postings carry (docs/search.md §2.3).
struct SearchWeighting: Sendable {
    let k1: Double
    let b: Double
    /// Each field's mean length over the documents where it has tokens.
    let averageLengths: [String: Double]

    init(k1: Double, b: Double, fieldLengths: [[(name: String, length: Int)]]) {
        var totals: [String: (length: Int, count: Int)] = [:]
        for field in fieldLengths.joined() where field.length > 0 {
            totals[field.name, default: (0, 0)].length += field.length
            totals[field.name, default: (0, 0)].count += 1
        }
        self.k1 = k1
        self.b = b
        self.averageLengths = totals.mapValues { Double($0.length) / Double($0.count) }
    }

    /// What the weighted count of a token in `field`, of `length` tokens, is divided by before it adds to the
    /// token's pseudo-frequency: BM25F's length normalisation.
    func lengthNormalisation(of field: SearchField, length: Int) -> Double {
        1 - b + b * Double(length) / averageLengths[field.name]!
    }

    /// The saturated term component of a pseudo-frequency, scaled to 1…63.
    func quantised(_ pseudoFrequency: Double) -> Int {
        let saturated = pseudoFrequency * (k1 + 1) / (pseudoFrequency + k1)
        let maxWeight = Double(SearchPostingsEncoding.maxWeight)
        let level = (maxWeight * saturated / (k1 + 1)).rounded(.toNearestOrAwayFromZero)
        return Int(min(max(level, 1), maxWeight))
    }
}
