import Foundation

/// The search postings of the last build, kept beside the output so a rebuild whose documents' text has not changed
/// carries the postings files over instead of computing them again.
enum KeptSearchPostings {
    private static let fileName = "search-postings.json"

    private struct File: Codable {
        var program: String
        var postings: SearchPostings
    }

    /// The postings this program wrote into `folder`; nil where there are none or they cannot be read.
    static func read(from folder: URL) -> SearchPostings? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path),
              let file = try? JSONDecoder().decode(File.self, from: data), file.program == Fingerprints.program
        else { return nil }
        return file.postings
    }

    /// Writes `postings` into `folder` for the next build.
    static func write(_ postings: SearchPostings, to folder: URL) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        try encoder.encode(File(program: Fingerprints.program, postings: postings))
            .write(to: folder.appendingPathComponent(fileName))
    }

    /// `postings` if every file they list is in `writer`'s output as `build` made it; nil if any is missing or changed.
    static func carriable(_ postings: SearchPostings?, build: String, cache: BuildCache, writer: OutputWriter) -> SearchPostings? {
        guard let postings else { return nil }
        let intact = postings.digests.allSatisfy { path, digest in
            let published = SearchIndexFile.publishedPath(of: path)
            return cache.matches([published], Digest.combine([build, digest])) && writer.canCarry(published)
        }
        return intact ? postings : nil
    }
}
