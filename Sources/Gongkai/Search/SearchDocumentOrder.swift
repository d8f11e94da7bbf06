/// The order that numbers documents (docs/search.md §2.1): newest year first, then province, then id.
///
/// Keeps each year, and each year's province, contiguous, so a filter is a few ranges of numbers.
enum SearchDocumentOrder {
    /// `documents` in index order.
    static func sorted(_ documents: [SearchDocument]) -> [SearchDocument] {
        // Sorting positions moves integers rather than whole documents.
        documents.indices.sorted { i, j in
            let a = documents[i], b = documents[j]
            if a.year != b.year { return (a.year ?? .min) > (b.year ?? .min) }
            if a.province != b.province {
                guard let pa = a.province else { return false }
                guard let pb = b.province else { return true }
                return CanonicalJSON.codePointOrder(pa, pb)
            }
            return CanonicalJSON.codePointOrder(a.id, b.id)
        }.map { documents[$0] }
    }
}
