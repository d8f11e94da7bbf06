import Foundation
import Yams

/// A `<year>.md` found in a unit folder.
struct RecordFileName: Sendable {
    var year: Int
    var url: URL
}

/// A unit's folder as found on disk: its records and anything that does not belong.
struct UnitFolder: Sendable {
    var id: String
    var url: URL
    var recordFiles: [RecordFileName]
    var diagnostics: [Diagnostic]
}

/// The content folder on disk; reads only regular files inside it and never follows a link out of it.
struct ContentTree: Sendable {
    let root: URL
    let displayPath: String

    /// `relative` as the user would type it from where they ran the command.
    func display(_ relative: String) -> String {
        displayPath.isEmpty || displayPath == "." ? relative : (displayPath.hasSuffix("/") ? displayPath : displayPath + "/") + relative
    }

    typealias Kind = FileIO.Kind

    /// What `url` names, without following a link.
    static func kind(of url: URL) -> Kind { FileIO.kind(url.path) }

    static func isUnitID(_ id: String) -> Bool {
        guard (1...Limits.unitIDLength).contains(id.utf8.count), !id.hasPrefix("-"), !id.hasSuffix("-") else { return false }
        return id.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    private func sortedEntries(of url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    /// The folders under `units/`, each with its record files found and its stray entries reported.
    func unitFolders(into diagnostics: inout [Diagnostic]) -> [UnitFolder] {
        let units = root.appendingPathComponent("units")
        switch Self.kind(of: units) {
        case .directory: break
        case .link:
            diagnostics.append(Diagnostic(.error, file: display("units"), "is a symbolic link; Gongkai reads only folders inside the content folder"))
            return []
        default:
            diagnostics.append(Diagnostic(.error, file: display("units"), "folder is missing; put each unit in units/<unit-id>/"))
            return []
        }
        let scanned: [(folder: UnitFolder?, problem: Diagnostic?)] = sortedEntries(of: units).filter { !$0.hasPrefix(".") }.parallelMap { name in
            let url = units.appendingPathComponent(name)
            let shown = display("units/\(name)")
            switch Self.kind(of: url) {
            case .directory:
                guard Self.isUnitID(name) else {
                    return (nil, Diagnostic(.error, file: shown, "unit id '\(name.prefix(80))' must be 1–\(Limits.unitIDLength) characters of a-z, 0-9 and '-', not starting or ending with '-'; rename the folder, e.g. '\(Self.suggestedID(name))'"))
                }
                return (unitFolder(id: name, url: url), nil)
            case .link:
                return (nil, Diagnostic(.error, file: shown, "is a symbolic link; Gongkai does not follow links, so move the unit's folder into units/"))
            case .file where Self.isLeftByTools(name):
                return (nil, nil)
            default:
                return (nil, Diagnostic(.error, file: shown, "is not a folder; units/ holds only one folder per unit"))
            }
        }
        diagnostics += scanned.compactMap(\.problem)
        return scanned.compactMap(\.folder)
    }

    private func unitFolder(id: String, url: URL) -> UnitFolder {
        var diagnostics: [Diagnostic] = []
        var records: [RecordFileName] = []
        for name in sortedEntries(of: url) {
            let entry = url.appendingPathComponent(name)
            let shown = display("units/\(id)/\(name)")
            let kind = Self.kind(of: entry)
            if kind == .link {
                // unit.yaml is read next, which reports a link as it reports every other way the file cannot be read.
                if name != "unit.yaml" {
                    diagnostics.append(Diagnostic(.error, file: shown, "is a symbolic link; Gongkai does not follow links, so copy the file into the unit folder"))
                }
                continue
            }
            if name == "unit.yaml" || name == "files" {
                let expected: Kind = name == "files" ? .directory : .file
                if kind != expected {
                    diagnostics.append(Diagnostic(.error, file: shown, name == "files" ? "must be a folder of attachments" : "must be a file"))
                }
                continue
            }
            if let year = Self.recordYear(name) {
                if kind == .directory {
                    diagnostics.append(Diagnostic(.error, file: shown, "is a folder, but \(name) must be a record file"))
                } else if name != "\(year).md" {
                    // Otherwise 02023.md would be a second record for 2023 beside 2023.md.
                    diagnostics.append(Diagnostic(.error, file: shown, "a record file is named after its year without leading zeros; rename it to \(year).md"))
                } else if !Limits.years.contains(year) {
                    diagnostics.append(Diagnostic(.error, file: shown, "year \(year) is outside \(Limits.years.lowerBound)–\(Limits.years.upperBound); name the file after the fiscal year evaluated"))
                } else {
                    records.append(RecordFileName(year: year, url: entry))
                }
                continue
            }
            if kind == .file, Self.isLeftByTools(name) { continue }
            diagnostics.append(Diagnostic(.error, file: shown, "unexpected \(kind == .directory ? "folder" : "file") in a unit folder; a unit folder holds only unit.yaml, <year>.md records and files/. Rename or remove it"))
        }
        return UnitFolder(id: id, url: url, recordFiles: records, diagnostics: diagnostics)
    }

    /// Whether `name` is a file that file managers and office programs leave beside the files people put in a folder:
    /// hidden files such as `.DS_Store`, Windows' `Thumbs.db` and `desktop.ini`, and the `~$…` lock file Office keeps
    /// while a document is open. None can be a misnamed record, so they are passed over.
    static func isLeftByTools(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasPrefix("~$") || ["thumbs.db", "ehthumbs.db", "desktop.ini"].contains(name.lowercased())
    }

    /// The year of a record file name: four or more digits then `.md`.
    static func recordYear(_ name: String) -> Int? {
        guard name.hasSuffix(".md") else { return nil }
        let stem = name.dropLast(3)
        guard (4...9).contains(stem.count), stem.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(stem)
    }

    static func suggestedID(_ name: String) -> String {
        let mapped = name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        let trimmed = String(mapped).split(separator: "-").joined(separator: "-")
        return trimmed.isEmpty ? "my-unit" : String(trimmed.prefix(Limits.unitIDLength))
    }

    /// Reads a text file, reporting why when it cannot.
    func readText(_ url: URL, sink: DiagnosticSink) -> SourceText? {
        report(SourceText.read(url), to: sink)
    }

    /// Reads the bytes of a text file, reporting a file that cannot be read or is too large.
    func readBytes(_ url: URL, sink: DiagnosticSink) -> Data? {
        report(SourceText.bytes(of: url), to: sink)
    }

    /// Reads bytes from `readBytes` as text, reporting text that is not plain UTF-8; `digest` is their SHA-256.
    func decodeText(_ data: Data, digest: String, sink: DiagnosticSink) -> SourceText? {
        report(SourceText.decode(data, digest: digest), to: sink)
    }

    private func report<Value>(_ result: Result<Value, SourceText.Failure>, to sink: DiagnosticSink) -> Value? {
        switch result {
        case .success(let value): return value
        case .failure(.message(let message, let line)):
            sink.error(message, at: line.map { SourcePosition(line: $0, column: 1) })
            return nil
        }
    }

    /// Reads and parses a YAML file that every `holder` (such as `unit folder`) needs, holding at least `required`
    /// (such as `name and region`).
    func readYAML(_ url: URL, sink: DiagnosticSink, required: String, neededBy holder: String) -> (node: Node, digest: String)? {
        switch Self.kind(of: url) {
        case .file: break
        case .missing:
            sink.error("\(url.lastPathComponent) is missing; every \(holder) needs one with at least \(required)")
            return nil
        case .link:
            sink.error("is a symbolic link; Gongkai does not follow links, so copy the file into its folder")
            return nil
        default:
            sink.error("must be a file")
            return nil
        }
        guard let source = readText(url, sink: sink) else { return nil }
        if source.text.allSatisfy(\.isWhitespace) {
            sink.error("file is empty; it needs at least \(required)")
            return nil
        }
        return YAMLDocument.parse(source.text, sink: sink).map { ($0, source.digest) }
    }

    /// Checks that an attachment names a regular file under the unit's `files/`, reached without links.
    func checkAttachment(_ path: String, in folder: UnitFolder, field: String, sink: DiagnosticSink) {
        let at = sink.position(ofField: field)
        if path.contains("\\") {
            sink.error("\(FieldLabels.describe(field)) '\(path)' separates folders with '\\'; write '/', as in files/自评表.pdf",
                       at: at, field: field)
            return
        }
        let components = path.split(separator: "/", omittingEmptySubsequences: false)
        guard components.count >= 2, components[0] == "files",
              !components.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }), !path.hasPrefix("/") else {
            sink.error("\(FieldLabels.describe(field)) '\(path)' leaves the unit's files/ folder; attachments must be named files/<name>",
                       at: at, field: field)
            return
        }
        var url = folder.url
        for component in components {
            url = url.appendingPathComponent(String(component))
            let kind = Self.kind(of: url)
            if kind == .link {
                sink.error("\(FieldLabels.describe(field)) '\(path)' is reached through a symbolic link; Gongkai does not follow links, so copy the file into files/",
                           at: at, field: field)
                return
            }
            if kind == .missing {
                sink.error("\(FieldLabels.describe(field)) '\(path)' does not exist; put the file in units/\(folder.id)/files/ or fix the name",
                           at: at, field: field)
                return
            }
        }
        if Self.kind(of: url) != .file {
            sink.error("\(FieldLabels.describe(field)) '\(path)' is not a file", at: at, field: field)
        }
    }
}
