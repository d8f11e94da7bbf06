import Foundation

/// A content file read as text within `Limits`, or the reason it cannot be.
struct SourceText {
    var text: String

    enum Failure: Error {
        case message(String, line: Int?)
    }

    /// Reads `url` as UTF-8 (a BOM is dropped), refusing files that are too large, not UTF-8, or hold NUL bytes.
    static func read(_ url: URL) -> Result<SourceText, Failure> {
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > Limits.fileBytes {
                return .failure(.message("file is \(size >> 20) MiB; files over \(Limits.fileBytes >> 20) MiB are refused. Move large originals to files/ as attachments", line: nil))
            }
            data = try Data(contentsOf: url)
        } catch {
            return .failure(.message("cannot be read: \(error.localizedDescription)", line: nil))
        }
        return decode(data)
    }

    static func decode(_ data: Data) -> Result<SourceText, Failure> {
        var bytes = data[...]
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        var line = 1
        var lineLength = 0
        for byte in bytes {
            if byte == 0x0A {
                line += 1
                lineLength = 0
                continue
            }
            lineLength += 1
            if byte == 0 {
                return .failure(.message("holds a NUL byte; save the file as plain UTF-8 text", line: line))
            }
            if lineLength > Limits.lineBytes {
                return .failure(.message("has a line longer than \(Limits.lineBytes >> 20) MiB; break it into paragraphs", line: line))
            }
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            return .failure(.message("is not valid UTF-8 (at line \(firstInvalidLine(bytes))); save it as UTF-8", line: firstInvalidLine(bytes)))
        }
        return .success(SourceText(text: text))
    }

    private static func firstInvalidLine(_ bytes: Data.SubSequence) -> Int {
        var line = 1
        var start = bytes.startIndex
        for index in bytes.indices where bytes[index] == 0x0A {
            if String(validating: bytes[start..<index], as: UTF8.self) == nil { return line }
            line += 1
            start = bytes.index(after: index)
        }
        return line
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
        if text.allSatisfy(\.isWhitespace) { return .failure(.empty) }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingCharacters(in: .whitespaces) == "---" || first == "---\r" else {
            return .failure(.noOpening)
        }
        lines = lines.dropFirst()
        guard let end = lines.firstIndex(where: { $0 == "---" || $0 == "---\r" || $0.trimmingCharacters(in: .whitespaces) == "---" }) else {
            return .failure(.unclosed)
        }
        let yaml = lines[lines.startIndex..<end].joined(separator: "\n")
        if yaml.utf8.count > Limits.frontMatterBytes { return .failure(.tooLarge) }
        let body = lines[lines.index(after: end)...].joined(separator: "\n")
        return .success(FrontMatterSplit(yaml: yaml, yamlLine: 2, body: body, bodyLine: end - lines.startIndex + 3))
    }
}
