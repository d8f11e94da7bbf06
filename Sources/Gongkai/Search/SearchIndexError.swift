/// A reason the search index cannot be written, naming the document at fault.
public enum SearchIndexError: Error, Equatable, CustomStringConvertible {
    /// Two documents share an id.
    case duplicateID(String)
    /// A document names a field twice.
    case duplicateField(id: String, field: String)
    /// A document's URL is absolute or starts with `/`.
    case invalidURL(id: String, url: String)
    /// A field's weight is negative, infinite or not a number.
    case invalidWeight(id: String, field: String, weight: Double)

    public var description: String {
        switch self {
        case .duplicateID(let id):
            "Search: two documents have the id “\(id)”; each page must be indexed once."
        case .duplicateField(let id, let field):
            "Search: document “\(id)” has the field “\(field)” twice; join the texts into one field."
        case .invalidURL(let id, let url):
            "Search: document “\(id)” has the URL “\(url)”; give a path relative to the site root, without a leading “/”."
        case .invalidWeight(let id, let field, let weight):
            "Search: document “\(id)” gives the field “\(field)” the weight \(weight); use a finite number ≥ 0."
        }
    }
}
