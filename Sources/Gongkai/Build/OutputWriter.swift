import Foundation

/// The one writer that touches the output folder.
///
/// It stages the new site in a sibling folder, carries over unchanged files and files it did not
/// write as hard links (so their modification times stay), and swaps the staged folder in only when
/// the whole site is there. A failed build leaves the output folder as it was.
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
    /// Files the previous build wrote, from its manifest.
    private let previous: Set<String>
    private var written: Set<String> = []
    private var directories: Set<String> = []
    private var changedCount = 0
    private var unchangedCount = 0
    private var failure: Error?
    private let queue = DispatchQueue(label: "gongkai.output-writer")
    /// At most this many batches wait for the writer, bounding memory when rendering outpaces the disk.
    private let pending = DispatchSemaphore(value: 2)
    private let fileManager = FileManager.default

    /// Files written with new bytes, once every queued write has finished.
    public var changed: Int { queue.sync { changedCount } }
    /// Files whose bytes were the same as before and were linked, not rewritten.
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
            if let text = try? String(contentsOf: manifest, encoding: .utf8) {
                previous = Set(text.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("#") })
            } else {
                let entries = (try? fileManager.contentsOfDirectory(atPath: self.output.path)) ?? []
                let foreign = entries.filter { ![".gitkeep", "README.md"].contains($0) }
                if !foreign.isEmpty && !force {
                    throw Refusal(description: "\(output.path): error: folder is not empty and was not written by Gongkai; choose an empty or new folder, or pass --force to build beside its files (Gongkai never deletes files it did not write)")
                }
                previous = []
            }
        } else {
            previous = []
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

    /// Queues `files` for staging; a file whose bytes equal the previous build's is linked, not rewritten.
    public func write(_ files: [OutputFile]) {
        pending.wait()
        queue.async { [self] in
            defer { pending.signal() }
            guard failure == nil else { return }
            do {
                try stage(files)
            } catch {
                failure = error
            }
        }
    }

    /// Whether the output folder holds a previous build's manifest, so its files can be trusted as Gongkai's own.
    public var hasPreviousBuild: Bool { !previous.isEmpty }

    /// Whether the previous build wrote `path` and it is still there to carry over.
    public func canCarry(_ path: String) -> Bool {
        previous.contains(path) && FileManager.default.fileExists(atPath: output.path + "/" + path)
    }

    /// Queues the previous build's `paths` to be carried into the new site unchanged, as hard links.
    public func carry(_ paths: [String]) {
        pending.wait()
        queue.async { [self] in
            defer { pending.signal() }
            guard failure == nil else { return }
            do {
                for path in paths {
                    let target = staging.path + "/" + path
                    if let slash = path.lastIndex(of: "/") {
                        let directory = staging.path + "/" + path[..<slash]
                        if directories.insert(directory).inserted { try FileIO.makeDirectories(directory) }
                    }
                    guard FileIO.link(output.path + "/" + path, to: target) else {
                        throw FileIO.Failure(description: "\(output.path)/\(path): error: cannot carry over the previous build's file; build again")
                    }
                    unchangedCount += 1
                    written.insert(path)
                }
            } catch {
                failure = error
            }
        }
    }

    private func stage(_ files: [OutputFile]) throws {
        for file in files {
            precondition(!file.path.hasPrefix("/") && !file.path.split(separator: "/").contains(".."), "output path escapes: \(file.path)")
            if let slash = file.path.lastIndex(of: "/") {
                let directory = staging.path + "/" + file.path[..<slash]
                if directories.insert(directory).inserted { try FileIO.makeDirectories(directory) }
            }
        }
        // Creating files is mostly the kernel's work, which runs on every core; the folders exist by now.
        let outcomes = files.parallelMap { [output, staging] file -> Result<Bool, Error> in
            let target = staging.path + "/" + file.path
            let existing = output.path + "/" + file.path
            if FileIO.holds(file.data, at: existing), FileIO.link(existing, to: target) { return .success(false) }
            return Result { try FileIO.write(file.data, to: target) }.map { true }
        }
        for (file, outcome) in zip(files, outcomes) {
            if try outcome.get() { changedCount += 1 } else { unchangedCount += 1 }
            written.insert(file.path)
        }
    }

    /// Swaps the staged site in: files Gongkai did not write are carried over, its own stale files are left behind.
    public func commit() throws {
        try queue.sync {
            if let failure { throw failure }
        }
        try carryOverForeignFiles()
        let manifest = "# Files written by gongkai build; a later build removes only these.\n" + written.sorted().joined(separator: "\n") + "\n"
        try Data(manifest.utf8).write(to: staging.appendingPathComponent(Self.manifestName))
        let retired = output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).gongkai-old")
        try? fileManager.removeItem(at: retired)
        if fileManager.fileExists(atPath: output.path) {
            try fileManager.moveItem(at: output, to: retired)
        }
        do {
            try fileManager.moveItem(at: staging, to: output)
        } catch {
            try? fileManager.moveItem(at: retired, to: output)
            throw error
        }
        try? fileManager.removeItem(at: retired)
    }

    /// Removes the staged folder, leaving the output untouched.
    public func abort() {
        queue.sync {}
        try? fileManager.removeItem(at: staging)
    }

    /// Links every file in the output that no build of Gongkai wrote into the staged folder, so nothing of anyone else's is lost.
    private func carryOverForeignFiles() throws {
        guard let enumerator = fileManager.enumerator(at: output, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey]) else { return }
        let prefix = output.resolvingSymlinksInPath().path + "/"
        for case let url as URL in enumerator {
            let path = url.resolvingSymlinksInPath().path
            guard path.hasPrefix(prefix) else { continue }
            let relative = String(path.dropFirst(prefix.count))
            if relative == Self.manifestName || previous.contains(relative) || written.contains(relative) { continue }
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey])
            let target = staging.appendingPathComponent(relative)
            if values?.isDirectory == true {
                try fileManager.createDirectory(at: target, withIntermediateDirectories: true)
            } else {
                try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                try fileManager.linkItem(at: url, to: target)
            }
        }
    }
}
