import Crypto
import Foundation

/// A content file read as text within `Limits`, or the reason it cannot be.
struct SourceText {
    var text: String
    /// The SHA-256 of the file's bytes, naming this exact content for the build cache.
    var digest: String

    enum Failure: Error {
        case message(String, line: Int?)
    }

    /// Reads `url` as UTF-8 (a BOM is dropped), refusing files that are too large, not UTF-8, or hold NUL bytes.
    static func read(_ url: URL) -> Result<SourceText, Failure> {
        bytes(of: url).flatMap { decode($0) }
    }

    /// Reads the bytes of `url`, refusing files over `Limits.fileBytes`.
    static func bytes(of url: URL) -> Result<Data, Failure> {
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: Limits.fileBytes + 1) ?? Data()
        } catch {
            return .failure(.message("cannot be read: \(error.localizedDescription)", line: nil))
        }
        if data.count > Limits.fileBytes {
            return .failure(.message("file is larger than \(Limits.fileBytes >> 20) MiB and is refused; move large originals to files/ as attachments", line: nil))
        }
        return .success(data)
    }

    /// Reads `data` as `read` does; `digest`, when given, is the SHA-256 already taken of it.
    ///
    /// Line breaks come back as LF whether the file has CRLF (as Windows editors save) or CR, as YAML and CommonMark
    /// read all three: lines are counted the same way everywhere, and no carriage return reaches a page or the index.
    static func decode(_ data: Data, digest: String? = nil) -> Result<SourceText, Failure> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return .failure(.message("is saved as UTF-16 (what Windows Notepad calls Unicode); save it as UTF-8", line: 1))
        }
        let problem: (String, Int)? = bytes.withUnsafeBytes { buffer in
            var line = 1
            var lineStart = 0
            for (offset, byte) in buffer.enumerated() {
                if endsLine(at: offset, in: buffer) {
                    line += 1
                    lineStart = offset + 1
                } else if byte == 0 {
                    return ("holds a NUL byte; save the file as plain UTF-8 text", line)
                } else if offset - lineStart >= Limits.lineBytes {
                    return ("has a line longer than \(Limits.lineBytes >> 20) MiB; break it into paragraphs", line)
                }
            }
            return nil
        }
        if let (message, line) = problem { return .failure(.message(message, line: line)) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidLine(bytes)
            return .failure(.message("is not valid UTF-8 (at line \(line)); save it as UTF-8", line: line))
        }
        let lines = bytes.contains(0x0D) ? withLineFeeds(bytes) : text
        return .success(SourceText(text: lines, digest: digest ?? Digest.hex(of: data)))
    }

    /// Whether the byte at `offset` ends a line: an LF, or a CR not followed by one.
    private static func endsLine(at offset: Int, in buffer: UnsafeRawBufferPointer) -> Bool {
        buffer[offset] == 0x0A || (buffer[offset] == 0x0D && (offset + 1 == buffer.count || buffer[offset + 1] != 0x0A))
    }

    /// `bytes`, valid UTF-8, with each CRLF and each lone CR turned into LF.
    private static func withLineFeeds(_ bytes: Data.SubSequence) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var afterReturn = false
        for byte in bytes {
            if byte == 0x0A, afterReturn {
                afterReturn = false
                continue
            }
            afterReturn = byte == 0x0D
            out.append(afterReturn ? 0x0A : byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func firstInvalidLine(_ bytes: Data.SubSequence) -> Int {
        bytes.withUnsafeBytes { buffer in
            var line = 1
            var start = 0
            for offset in buffer.indices where endsLine(at: offset, in: buffer) {
                if String(validating: buffer[start..<offset], as: UTF8.self) == nil { return line }
                line += 1
                start = offset + 1
            }
            return line
        }
    }
}

/// A record file split into its YAML front matter and its Markdown narrative.
struct FrontMatterSplit {
    var yaml: String
    /// The line of the file the YAML starts on.
    var yamlLine: Int
    var body: String
    /// The line of the file the narrative starts on.
    var bodyLine: Int

    enum Failure: Error {
        case empty
        case noOpening
        case unclosed
        case tooLarge
    }

    static func split(_ text: String) -> Result<FrontMatterSplit, Failure> {
        let bytes = text.utf8
        guard bytes.contains(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return .failure(.empty) }
        var lineStart = bytes.startIndex
        var line = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.endIndex
            let isFence = isFenceLine(bytes[lineStart..<lineEnd])
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            if let start = yamlStart {
                if isFence {
                    let yaml = String(text[start..<lineStart])
                    if yaml.utf8.count > Limits.frontMatterBytes { return .failure(.tooLarge) }
                    return .success(FrontMatterSplit(yaml: yaml, yamlLine: 2, body: String(text[next...]), bodyLine: line + 1))
                }
            } else {
                guard isFence else { return .failure(.noOpening) }
                yamlStart = next
            }
            lineStart = next
            line += 1
        }
        return .failure(.unclosed)
    }

    /// Whether a line is `---`, allowing trailing spaces and a carriage return.
    private static func isFenceLine(_ line: Substring.UTF8View.SubSequence) -> Bool {
        var dashes = 0
        for byte in line {
            switch byte {
            case 0x2D where dashes < 3: dashes += 1
            case 0x20, 0x09, 0x0D: guard dashes == 3 else { return false }
            default: return false
            }
        }
        return dashes == 3
    }

}
