/// Turns field counts into the quantised BM25F weights that postings carry (docs/search.md §2.3).
struct SearchWeighting: Sendable {
    let k1: Double
    let b: Double
    /// Each field's mean length over the documents where it has tokens.
    let averageLengths: [String: Double]

    /// The weighting of `documents`, whose fields are `lengths[document][field]` tokens long.
    init(k1: Double, b: Double, documents: [SearchDocument], lengths: [[Int]]) {
        // A handful of field names: a list searched by comparing names beats hashing each of them.
        var totals: [(name: String, length: Int, count: Int)] = []
        for (document, lengths) in zip(documents, lengths) {
            for (field, length) in zip(document.fields, lengths) where length > 0 {
                if let index = totals.firstIndex(where: { $0.name == field.name }) {
                    totals[index].length += length
                    totals[index].count += 1
                } else {
                    totals.append((field.name, length, 1))
                }
            }
        }
        self.k1 = k1
        self.b = b
        self.averageLengths = Dictionary(uniqueKeysWithValues: totals.map { ($0.name, Double($0.length) / Double($0.count)) })
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
