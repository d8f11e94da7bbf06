import Mustache

// swift-mustache renders a value by asking, one dynamic cast at a time, whether it is a template, a custom
// renderable, a lambda or an optional, and only then describes it. Each failed cast is a lookup in the runtime's
// conformance cache, and a record page renders hundreds of values. With the two value types pages use declared
// renderable, it stops at the second cast, and writes the text `String(describing:)` would.

/// Strings render as themselves.
extension String: @retroactive MustacheCustomRenderable {
    public var renderText: String { self }
    public var isNull: Bool { false }
}

/// Integers, such as years, render in decimal digits.
extension Int: @retroactive MustacheCustomRenderable {
    public var renderText: String { String(self) }
    public var isNull: Bool { false }
}
