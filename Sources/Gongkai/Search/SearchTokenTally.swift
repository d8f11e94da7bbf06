/// Sums a value per token number for one document at a time, and empties without giving back its storage.
///
/// Counting each document's tokens is the index's innermost loop. A `Dictionary` spends most of that loop
/// hashing with SipHash; token numbers need only one multiplication to spread over an open-addressing table.
struct SearchTokenTally {
    /// Token numbers by slot; 0 marks an empty slot, which no token number is (each has a tag bit set).
    private var keys: [UInt64]
    private var sums: [Double]
    /// The occupied slots in the order their tokens were first added.
    private var occupied: [Int] = []
    /// How far a multiplied token is shifted right to give a slot: 64 minus the table's size in bits.
    private var shift: UInt64

    init() {
        keys = Array(repeating: 0, count: 1024)
        sums = Array(repeating: 0, count: 1024)
        shift = 64 - 10
    }

    /// Adds `value` to `token`'s sum, which starts at 0.
    mutating func add(_ value: Double, to token: UInt64) {
        if occupied.count * 2 >= keys.count { grow() }
        var slot = Int(truncatingIfNeeded: (token &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let key = keys[slot]
            if key == token {
                sums[slot] += value
                return
            }
            if key == 0 {
                keys[slot] = token
                sums[slot] = value
                occupied.append(slot)
                return
            }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// Calls `body` with each token and its sum, in the order the tokens were first added.
    func forEach(_ body: (_ token: UInt64, _ sum: Double) -> Void) {
        for slot in occupied { body(keys[slot], sums[slot]) }
    }

    /// Forgets every token, keeping the storage for the next document.
    mutating func removeAll() {
        for slot in occupied { keys[slot] = 0 }
        occupied.removeAll(keepingCapacity: true)
    }

    /// Doubles the table, keeping every sum and the order of first addition.
    private mutating func grow() {
        let entries = occupied.map { (keys[$0], sums[$0]) }
        keys = Array(repeating: 0, count: keys.count * 2)
        sums = Array(repeating: 0, count: sums.count * 2)
        shift -= 1
        occupied.removeAll(keepingCapacity: true)
        for (token, sum) in entries { add(sum, to: token) }
    }
}
