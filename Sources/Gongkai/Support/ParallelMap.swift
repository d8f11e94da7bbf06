import Dispatch

extension Array where Element: Sendable {
    /// `map` run on every core; the results keep the input's order.
    func parallelMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
        guard count > 1 else { return map(transform) }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        defer { slots.deallocate() }
        let output = SendableSlots(slots)
        self.withUnsafeBufferPointer { input in
            let source = SendableInput(input)
            DispatchQueue.concurrentPerform(iterations: count) { index in
                output.buffer[index] = transform(source.buffer[index])
            }
        }
        return slots.map { $0! }
    }
}

/// Distinct indices of one buffer, written from concurrent iterations that never share an index.
private struct SendableSlots<T>: @unchecked Sendable {
    let buffer: UnsafeMutableBufferPointer<T?>
    init(_ buffer: UnsafeMutableBufferPointer<T?>) { self.buffer = buffer }
}

private struct SendableInput<T>: @unchecked Sendable {
    let buffer: UnsafeBufferPointer<T>
    init(_ buffer: UnsafeBufferPointer<T>) { self.buffer = buffer }
}
