/// The year and province filters of meta.json: each value and the ranges of document numbers it keeps.
enum SearchFilters {
    /// The `years` list, newest first.
    static func years(_ documents: [SearchDocument]) -> CanonicalJSON {
        let ranges = ranges(documents.map(\.year))
        return .array(ranges.keys.sorted(by: >).map { entry(.int($0), ranges[$0]!) })
    }

    /// The `provinces` list, in code point order.
    static func provinces(_ documents: [SearchDocument]) -> CanonicalJSON {
        let ranges = ranges(documents.map(\.province))
        return .array(ranges.keys.sorted(by: CanonicalJSON.codePointOrder).map { entry(.string($0), ranges[$0]!) })
    }

    private static func entry(_ value: CanonicalJSON, _ ranges: [Int]) -> CanonicalJSON {
        .object(["value": value, "ranges": .array(ranges.map(CanonicalJSON.int))])
    }

    /// For each value, flat `[start, end, …]` pairs of the runs of documents that have it.
    private static func ranges<Value: Hashable>(_ values: [Value?]) -> [Value: [Int]] {
        var ranges: [Value: [Int]] = [:]
        for (index, value) in values.enumerated() {
            guard let value else { continue }
            if index > 0, values[index - 1] == value {
                ranges[value]![ranges[value]!.count - 1] = index + 1
            } else {
                ranges[value, default: []] += [index, index + 1]
            }
        }
        return ranges
    }
}
