/// What to change in a figure that is not a number, for the ways figures copied from reports usually go wrong.
enum NumberHint {
    /// A hint for `text`, the trimmed value of a figure; nil when no common mistake explains it.
    static func hint(for text: String) -> String? {
        let scalars = Array(text.unicodeScalars)
        if scalars.contains(where: { (0xFF10...0xFF19).contains($0.value) || $0 == "．" }) {
            return "write it with half-width digits (0-9 and .), not full-width ones"
        }
        let number = scalars.prefix { ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "+" || $0 == "," || $0 == "，" }
        guard number.contains(where: { ("0"..."9").contains($0) }) else { return nil }
        var hints: [String] = []
        if number.contains(where: { $0 == "," || $0 == "，" }) { hints.append("remove the thousands separators") }
        let suffix = String(String.UnicodeScalarView(scalars[number.count...])).trimmed
        if !suffix.isEmpty, suffix.unicodeScalars.count <= 3, !suffix.unicodeScalars.contains(where: { ("0"..."9").contains($0) }) {
            hints.append("write the number without '\(suffix)'")
        }
        return hints.isEmpty ? nil : hints.joined(separator: " and ")
    }
}
