import Foundation

/// The fingerprint each file of the previous build was made from, kept in the output folder.
struct BuildCache {
    static let fileName = ".gongkai-cache"

    private(set) var fingerprints: [String: String] = [:]

    /// Reads the cache of the build in `output`; empty when there is none or it cannot be trusted.
    init(output: URL, trusted: Bool) {
        guard trusted, let lines = FileIO.lines(output.appendingPathComponent(Self.fileName).path) else { return }
        fingerprints.reserveCapacity(lines.count)
        for line in lines {
            guard let space = line.utf8.firstIndex(of: UInt8(ascii: " ")) else { continue }
            fingerprints[String(line[line.utf8.index(after: space)...])] = String(line[..<space])
        }
    }

    init(fingerprints: [String: String]) {
        self.fingerprints = fingerprints
    }

    /// Whether every one of `paths` was made from `fingerprint` last time.
    func matches(_ paths: [String], _ fingerprint: String) -> Bool {
        !paths.isEmpty && paths.allSatisfy { fingerprints[$0] == fingerprint }
    }

    /// The paths last made from `fingerprint`.
    func paths(madeFrom fingerprint: String) -> [String] {
        paths { $1 == fingerprint }
    }

    /// The paths whose path and fingerprint satisfy `isIncluded`, sorted.
    func paths(where isIncluded: (_ path: String, _ fingerprint: String) -> Bool) -> [String] {
        fingerprints.filter { isIncluded($0.key, $0.value) }.map(\.key).sorted()
    }

    /// The cache as a file: one `fingerprint path` line per output, sorted by path.
    var file: OutputFile {
        OutputFile(path: Self.fileName, text: fingerprints.keys.sorted().map { "\(fingerprints[$0]!) \($0)" }.joined(separator: "\n") + "\n")
    }
}
