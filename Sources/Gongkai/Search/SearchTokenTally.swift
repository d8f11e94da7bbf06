/// Sums a value per token number for one document at a time, and empties without giving back its storage.
struct SearchTokenTally {
    private var sums = SearchTokenTable<Double>(filler: 0)

    /// Adds `value` to `token`'s sum, which starts at 0.
    mutating func add(_ value: Double, to token: UInt64) {
        let (slot, added) = sums.slot(of: token, adding: value)
        if !added { sums[slot] += value }
    }

    /// Calls `body` with each token and its sum, in the order the tokens were first added.
    func forEach(_ body: (_ token: UInt64, _ sum: Double) -> Void) {
        sums.forEach(body)
    }

    /// Forgets every token, keeping the storage for the next document.
    mutating func removeAll() {
        sums.removeAll()
    }
}
