/// What to change in a figure that is not a number, for the ways figures copied from reports usually go wrong.
enum NumberHint {
    /// A hint for `text`, the trimmed value of a figure in `unit`; nil when no common mistake explains it.
    static func hint(for text: String, unit: String) -> String? {
        let scalars = text.unicodeScalars
        if scalars.contains(where: { (0xFF10...0xFF19).contains($0.value) || $0 == "．" }) {
            return "write it with half-width digits (0-9 and .), not full-width ones"
        }
        if !unit.isEmpty, text.hasSuffix(unit), text.count > unit.count {
            return "write the number without '\(unit)'"
        }
        if let unitWritten = ["%", "％", "分"].first(where: { text.hasSuffix($0) && text.count > $0.count }) {
            return "write the number without '\(unitWritten)'"
        }
        if scalars.contains(where: { $0 == "," || $0 == "，" }) {
            return "remove the thousands separators"
        }
        return nil
    }
}
