/// The order that numbers documents (docs/search.md §2.1): newest year first, then province, then id.
///
/// Keeps each year, and each year's province, contiguous, so a filter is a few ranges of numbers.
enum SearchDocumentOrder {
    /// `documents` in index order.
    static func sorted(_ documents: [SearchDocument]) -> [SearchDocument] {
        // Sorting positions by keys read once moves and compares integers and strings, not whole documents.
        let keys = documents.map { (year: $0.year, province: $0.province, id: $0.id) }
        return keys.indices.sorted { i, j in
            if keys[i].year != keys[j].year { return (keys[i].year ?? .min) > (keys[j].year ?? .min) }
            if keys[i].province != keys[j].province {
                guard let pa = keys[i].province else { return false }
                guard let pb = keys[j].province else { return true }
                return CanonicalJSON.codePointOrder(pa, pb)
            }
            return CanonicalJSON.codePointOrder(keys[i].id, keys[j].id)
        }.map { documents[$0] }
    }
}
