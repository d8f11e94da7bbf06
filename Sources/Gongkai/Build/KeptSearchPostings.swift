import Foundation

/// The search postings of the last build, kept beside the output so a rebuild whose documents' text has not changed
/// carries the postings files over instead of computing them again.
enum KeptSearchPostings {
    private static let fileName = "search-postings.json"

    private struct File: Codable {
        var program: String
        var postings: SearchPostingsSummary
    }

    /// The postings this program wrote into `folder`; nil where there are none or they cannot be read.
    static func read(from folder: URL) -> SearchPostingsSummary? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path),
              let file = try? JSONDecoder().decode(File.self, from: data), file.program == Fingerprints.program
        else { return nil }
        return file.postings
    }

    /// Writes `postings` into `folder` for the next build.
    static func write(_ postings: SearchPostingsSummary, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try encoder.encode(File(program: Fingerprints.program, postings: postings))
            .write(to: folder.appendingPathComponent(fileName))
    }

    /// `postings` if they list exactly the postings files the previous build recorded in `cache`, a `p/` file for each
    /// shard, each with the digest it was made from and still in `writer`'s output; nil otherwise.
    static func carriable(_ postings: SearchPostingsSummary?, fingerprints: Fingerprints, cache: BuildCache,
                          writer: OutputWriter) -> SearchPostingsSummary? {
        guard let postings else { return nil }
        let published = postings.publishedFiles
        guard Set(published.map(\.path)) == Set(cache.paths { path, _ in path.hasPrefix(postingsFolder) }),
              published.count(where: { !$0.path.hasPrefix(postingsFolder + "x/") }) == postings.shardCount
        else { return nil }
        let intact = published.allSatisfy { path, digest in
            cache.matches([path], fingerprints.ofSearchIndexFile(digest: digest)) && writer.canCarry(path)
        }
        return intact ? postings : nil
    }

    private static let postingsFolder = "search/p/"
}

extension SearchPostingsSummary {
    /// Each postings file as the site publishes it, gzipped, with the digest of its bytes before gzip.
    var publishedFiles: [(path: String, digest: String)] {
        digests.map { (path: SearchIndexFile.publishedPath(of: $0.key), digest: $0.value) }
    }
}
