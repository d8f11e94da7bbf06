#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Plain POSIX file calls for the writer's hot path: no temporary files, no `fsync`, no bridging.
enum FileIO {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Writes `data` to `path`, replacing what was there.
    static func write(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure("cannot create", path) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw failure("cannot write", path)
                }
                offset += written
            }
        }
    }

    /// Whether the file at `path` holds exactly `data`; false when it does not exist.
    static func holds(_ data: Data, at path: String) -> Bool {
        var info = stat()
        guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int(info.st_size) == data.count else { return false }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        var existing = [UInt8](repeating: 0, count: data.count)
        var offset = 0
        while offset < existing.count {
            let count = existing.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            guard count > 0 else { return false }
            offset += count
        }
        return existing.withUnsafeBytes { old in data.withUnsafeBytes { new in old.elementsEqual(new) } }
    }

    /// The non-empty lines of the UTF-8 text file at `path`; nil when it cannot be read.
    ///
    /// Split by bytes: `String.split` compares whole characters, which took a tenth of a second for the 44,000
    /// lines of a large site's manifest.
    static func lines(_ path: String) -> [String]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.split(separator: UInt8(ascii: "\n")).map { String(decoding: $0, as: UTF8.self) }
    }

    /// What a path names.
    enum Kind { case missing, file, directory, link, other }

    /// What `path` names, not following a link: one `lstat`, as every entry of a content tree is asked.
    static func kind(_ path: String) -> Kind {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .link
        default: return .other
        }
    }

    /// Whether `path` names a regular file, not following a link.
    static func isFile(_ path: String) -> Bool { kind(path) == .file }

    /// Creates the folder at `path` and its parents as needed.
    static func makeDirectories(_ path: String) throws {
        if mkdir(path, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw failure("cannot create folder", path) }
        let parent = (path as NSString).deletingLastPathComponent
        guard !parent.isEmpty, parent != path else { throw failure("cannot create folder", path) }
        try makeDirectories(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw failure("cannot create folder", path) }
    }

    private static func failure(_ what: String, _ path: String) -> Failure {
        Failure(description: "\(path): error: \(what): \(String(cString: strerror(errno)))")
    }
}
