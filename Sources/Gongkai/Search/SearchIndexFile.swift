import Foundation

/// One file of the search index, for the caller to write below the site's output root.
public struct SearchIndexFile: Sendable, Equatable {
    /// The path relative to the output root, always under `search/`, e.g. `search/p/3.json`.
    public let path: String
    /// The file's content.
    public let bytes: Data
}
