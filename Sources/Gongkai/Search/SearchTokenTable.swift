/// A value per token number, in an open-addressing table that remembers the order tokens were first added.
///
/// The index's inner loops look tokens up millions of times. A `Dictionary` spends most of that hashing with
/// SipHash; token numbers need only one multiplication to spread over the table.
struct SearchTokenTable<Value> {
    /// Token numbers by slot; 0 marks an empty slot, which no token number is (each has a tag bit set).
    private var keys: [UInt64]
    /// Each occupied slot's value; other slots hold whatever was last there, or `filler`.
    private var values: [Value]
    private let filler: Value
    /// The occupied slots in the order their tokens were first added.
    private var occupied: [Int] = []
    /// How far a multiplied token is shifted right to give a slot: 64 minus the table's size in bits.
    private var shift: UInt64

    /// An empty table whose empty slots hold `filler`, which no caller sees.
    init(filler: Value) {
        keys = Array(repeating: 0, count: 1024)
        values = Array(repeating: filler, count: 1024)
        self.filler = filler
        shift = 64 - 10
    }

    /// How many tokens the table holds.
    var count: Int { occupied.count }

    /// The slot holding `token`, first adding it with `value` if the table has no value for it.
    mutating func slot(of token: UInt64, adding value: @autoclosure () -> Value) -> (slot: Int, added: Bool) {
        if occupied.count * 2 >= keys.count { grow() }
        var slot = Int(truncatingIfNeeded: (token &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let key = keys[slot]
            if key == token { return (slot, false) }
            if key == 0 {
                keys[slot] = token
                values[slot] = value()
                occupied.append(slot)
                return (slot, true)
            }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// The value of `token`; nil when the table does not hold it.
    func value(of token: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: (token &* 0x9E37_79B9_7F4A_7C15) >> shift)
        while true {
            let key = keys[slot]
            if key == token { return values[slot] }
            if key == 0 { return nil }
            slot = (slot + 1) & (keys.count - 1)
        }
    }

    /// The value in `slot`, which holds a token.
    subscript(slot: Int) -> Value {
        get { values[slot] }
        set { values[slot] = newValue }
    }

    /// Calls `body` with each token and its value, in the order the tokens were first added.
    func forEach(_ body: (_ token: UInt64, _ value: Value) -> Void) {
        for slot in occupied { body(keys[slot], values[slot]) }
    }

    /// Forgets every token, keeping the storage for the next use.
    mutating func removeAll() {
        for slot in occupied { keys[slot] = 0 }
        occupied.removeAll(keepingCapacity: true)
    }

    /// Doubles the table, keeping every value and the order of first addition.
    private mutating func grow() {
        let entries = occupied.map { (keys[$0], values[$0]) }
        keys = Array(repeating: 0, count: keys.count * 2)
        values = Array(repeating: filler, count: keys.count)
        shift -= 1
        occupied.removeAll(keepingCapacity: true)
        for (token, value) in entries { _ = slot(of: token, adding: value) }
    }
}
