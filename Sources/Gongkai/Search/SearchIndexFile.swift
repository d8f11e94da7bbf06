import Foundation

/// One file of the search index, for the caller to write below the site's output root.
public struct SearchIndexFile: Sendable, Equatable {
    /// The path relative to the output root, always under `search/`, e.g. `search/p/3.json`.
    public let path: String
    /// The file's content.
    public let bytes: Data
    /// The SHA-256 of the file's content before any gzip, in hex: what names it for the build cache and in the build id.
    public let digest: String

    init(path: String, bytes: Data) {
        self.init(path: path, bytes: bytes, digest: Digest.hex(of: bytes))
    }

    private init(path: String, bytes: Data, digest: String) {
        self.path = path
        self.bytes = bytes
        self.digest = digest
    }
}

extension SearchIndexFile {
    /// The folder every index file is in.
    static let folder = "search/"

    /// Whether the site publishes the file gzipped: every file but `meta.json`, which the page reads first.
    public var isGzipped: Bool { publishedPath != path }

    /// The path the site publishes the file under: with `.gz` added where `isGzipped`.
    public var publishedPath: String { Self.publishedPath(of: path) }

    /// The path the site publishes the index file at `path` under.
    public static func publishedPath(of path: String) -> String {
        path == "search/meta.json" ? path : path + ".gz"
    }

    /// The file as the site publishes it: gzipped and named `.gz` where `isGzipped`, else as it is.
    public func published() -> SearchIndexFile {
        // Gzipped here rather than by the host, so every host sends a query the same few bytes.
        isGzipped ? SearchIndexFile(path: publishedPath, bytes: Gzip.compress(bytes), digest: digest) : self
    }
}
