#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one writer that touches the output folder.
///
/// Nothing in the output changes until every page has rendered. New and changed files are staged in a
/// sibling folder first; files whose bytes are the same as before are left alone, so their modification
/// times stay and an upload sends only what changed. A failed build leaves the output folder as it was.
///
/// On commit, a first build renames the staged folder into place whole. A later build moves each staged
/// file over its old copy (every replacement is atomic), deletes the files of its own that the site no
/// longer has, and writes the build cache last: it is removed before the first move, so a commit that is
/// cut short leaves no cache vouching for files it did not finish, and the next build renders in full.
///
/// Writing runs on its own serial queue, so the next pages render while the last ones are stored.
/// Its state is touched only on that queue, which is what makes the class safe to share.
public final class OutputWriter: @unchecked Sendable {
    public static let manifestName = ".gongkai-manifest"

    public struct Refusal: Error, CustomStringConvertible {
        public let description: String
    }

    let output: URL
    let staging: URL
    /// Whether the output folder exists, so files are moved into it one by one rather than as a whole folder.
    private let inPlace: Bool
    /// Files the previous build wrote, from its manifest.
    private let previous: Set<String>
    private var written: Set<String> = []
    /// Files staged with new bytes, to be moved into the output on commit.
    private var staged: [String] = []
    private var directories: Set<String> = []
    private var unchangedCount = 0
    private var failure: Error?
    private let queue = DispatchQueue(label: "gongkai.output-writer")
    /// At most this many batches wait for the writer, bounding memory when rendering outpaces the disk.
    private let pending = DispatchSemaphore(value: 2)
    private let fileManager = FileManager.default

    /// Files written with new bytes, once every queued write has finished.
    public var changed: Int { queue.sync { staged.count } }
    /// Files whose bytes were the same as before and were left as they are.
    public var unchanged: Int { queue.sync { unchangedCount } }

    /// Prepares to write into `output`, refusing a folder holding files Gongkai did not write unless `force` is set.
    public init(output: URL, content: URL, force: Bool) throws {
        self.output = output.standardizedFileURL
        let name = self.output.lastPathComponent
        staging = self.output.deletingLastPathComponent().appendingPathComponent(".\(name).gongkai-staging")
        try Self.refuseOverlap(output: self.output, content: content.standardizedFileURL)

        var isDirectory: ObjCBool = false
        if fileManager.fileExists(atPath: self.output.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Refusal(description: "\(output.path): error: is a file, not a folder; pass --out a folder for the site")
            }
            let manifest = self.output.appendingPathComponent(Self.manifestName)
            if let lines = FileIO.lines(manifest.path) {
                previous = Set(lines.filter { !$0.hasPrefix("#") })
            } else {
                let entries = (try? fileManager.contentsOfDirectory(atPath: self.output.path)) ?? []
                let foreign = entries.filter { ![".gitkeep", "README.md"].contains($0) }
                if !foreign.isEmpty && !force {
                    throw Refusal(description: "\(output.path): error: folder is not empty and was not written by Gongkai; choose an empty or new folder, or pass --force to build beside its files (Gongkai never deletes files it did not write)")
                }
                previous = []
            }
            inPlace = true
        } else {
            previous = []
            inPlace = false
        }
        try? fileManager.removeItem(at: staging)
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
    }

    static func refuseOverlap(output: URL, content: URL) throws {
        let out = output.resolvingSymlinksInPath().path + "/"
        let source = content.resolvingSymlinksInPath().path + "/"
        if out == source {
            throw Refusal(description: "error: --out and --content are the same folder; the build would overwrite the records. Choose another --out, e.g. public")
        }
        if out.hasPrefix(source) {
            throw Refusal(description: "error: --out \(output.path) is inside --content; the site would become part of the records. Choose a folder outside it, e.g. public")
        }
        if source.hasPrefix(out) {
            throw Refusal(description: "error: --out \(output.path) contains --content; replacing the output would delete the records. Choose a folder that does not hold them")
        }
    }

    /// Queues `files` for staging; a file whose bytes equal the previous build's is left as it is.
    public func write(_ files: [OutputFile]) {
        enqueue { try self.stage(files) }
    }

    /// Whether the output folder holds a previous build's manifest, so its files can be trusted as Gongkai's own.
    public var hasPreviousBuild: Bool { !previous.isEmpty }

    /// Whether the previous build wrote `path` and it is still there to keep.
    public func canCarry(_ path: String) -> Bool {
        previous.contains(path) && FileIO.isFile(output.path + "/" + path)
    }

    /// Keeps the previous build's `paths` as they are, as part of the new site.
    public func carry(_ paths: [String]) {
        enqueue {
            self.unchangedCount += paths.count
            self.written.formUnion(paths)
        }
    }

    private func enqueue(_ work: @escaping @Sendable () throws -> Void) {
        pending.wait()
        queue.async { [self] in
            defer { pending.signal() }
            guard failure == nil else { return }
            do {
                try work()
            } catch {
                failure = error
            }
        }
    }

    private func stage(_ files: [OutputFile]) throws {
        for file in files {
            precondition(!file.path.hasPrefix("/") && !file.path.split(separator: "/").contains(".."), "output path escapes: \(file.path)")
        }
        // Comparing and creating files is mostly the kernel's work, which runs on every core.
        let same = files.parallelMap { [output, inPlace] file in inPlace && FileIO.holds(file.data, at: output.path + "/" + file.path) }
        let changed = zip(files, same).filter { !$0.1 }.map(\.0)
        for file in changed {
            if let slash = file.path.lastIndex(of: "/") {
                let directory = staging.path + "/" + file.path[..<slash]
                if directories.insert(directory).inserted { try FileIO.makeDirectories(directory) }
            }
        }
        for outcome in changed.parallelMap({ [staging] file in Result { try FileIO.write(file.data, to: staging.path + "/" + file.path) } }) {
            try outcome.get()
        }
        unchangedCount += files.count - changed.count
        staged += changed.map(\.path)
        written.formUnion(files.map(\.path))
    }

    /// Publishes the staged site: the output then holds exactly this build's files, besides files Gongkai did not write.
    public func commit() throws {
        try queue.sync {
            if let failure { throw failure }
        }
        guard inPlace else {
            let manifest = manifest(listing: written)
            try FileIO.write(manifest.data, to: staging.path + "/" + manifest.path)
            try fileManager.moveItem(at: staging, to: output)
            return
        }
        let cache = BuildCache.fileName
        // Until the end, the manifest names every file of this build and the last, so none is ever taken as someone else's.
        if !written.isSubset(of: previous) { try replace(manifest(listing: written.union(previous))) }
        // A build cache with the same bytes as the old one vouches for the same files, so it stays.
        if staged.contains(cache), unlink(output.path + "/" + cache) != 0 && errno != ENOENT {
            throw FileIO.Failure(description: "\(output.path)/\(cache): error: cannot remove the old build cache: \(String(cString: strerror(errno)))")
        }
        var made: Set<String> = []
        for path in staged.sorted() where path != cache {
            try move(path, making: &made)
        }
        for path in previous.subtracting(written).sorted(by: >) {
            unlink(output.path + "/" + path)
            removeEmptyFolders(above: path)
        }
        if written != previous { try replace(manifest(listing: written)) }
        if staged.contains(cache) { try move(cache, making: &made) }
        try? fileManager.removeItem(at: staging)
    }

    /// The manifest naming `paths`, sorted, for a later build to know which files are its own.
    private func manifest(listing paths: Set<String>) -> OutputFile {
        OutputFile(path: Self.manifestName,
                   text: "# Files written by gongkai build; a later build removes only these.\n" + paths.sorted().joined(separator: "\n") + "\n")
    }

    /// Moves the staged file at `path` over the output's copy, creating its folders as needed.
    private func move(_ path: String, making made: inout Set<String>) throws {
        if let slash = path.lastIndex(of: "/") {
            let directory = output.path + "/" + path[..<slash]
            if made.insert(directory).inserted { try FileIO.makeDirectories(directory) }
        }
        guard rename(staging.path + "/" + path, output.path + "/" + path) == 0 else {
            throw FileIO.Failure(description: "\(output.path)/\(path): error: cannot move the new file into place: \(String(cString: strerror(errno))); build again")
        }
    }

    /// Writes `file` straight into the output through a staged copy, so it is replaced whole.
    private func replace(_ file: OutputFile) throws {
        try FileIO.write(file.data, to: staging.path + "/" + file.path)
        var made: Set<String> = []
        try move(file.path, making: &made)
    }

    /// Removes the folders above `path` that its removal left empty, up to the output folder.
    private func removeEmptyFolders(above path: String) {
        var folder = Substring(path)
        while let slash = folder.lastIndex(of: "/") {
            folder = folder[..<slash]
            guard rmdir(output.path + "/" + folder) == 0 else { return }
        }
    }

    /// Waits until every queued write has finished.
    public func waitForWrites() {
        queue.sync {}
    }

    /// Removes the staged folder, leaving the output untouched.
    public func abort() {
        queue.sync {}
        try? fileManager.removeItem(at: staging)
    }
}
