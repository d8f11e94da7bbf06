import Foundation
import Yams

/// Reads a content tree as the record format specifies, collecting every error and warning.
public enum ContentLoader {
    /// Loads `directory`; file names in diagnostics start with `displayPath`, the folder as the user named it.
    ///
    /// Record files whose bytes `cache` has seen are taken from it rather than parsed again.
    public static func load(from directory: URL, displayPath: String, cache: RecordCache = RecordCache()) -> LoadResult {
        // The folder the user names may itself be a link; only what is inside it must not lead out.
        let directory = directory.resolvingSymlinksInPath()
        let tree = ContentTree(root: directory, displayPath: displayPath)
        guard ContentTree.kind(of: directory) == .directory else {
            let problem = Diagnostic(.error, file: displayPath, "content folder not found; pass --content with the folder that holds site.yaml and units/")
            return LoadResult(content: nil, diagnostics: [problem], unitCount: 0, recordCount: 0, recordsParsed: 0, recordCache: cache)
        }
        var diagnostics: [Diagnostic] = []
        let (site, siteDigest) = loadSite(tree, into: &diagnostics)
        let folders = tree.unitFolders(into: &diagnostics)

        let units: [UnitLoad] = folders.parallelMap { folder in loadUnitFile(folder, tree: tree) }
        let recordFiles = zip(folders, units).flatMap { folder, unit in
            unit.unit == nil ? [] : folder.recordFiles.map { RecordFile(folder: folder, year: $0.year, url: $0.url) }
        }
        let records: [RecordLoad] = recordFiles.parallelMap { file in loadRecord(file, tree: tree, cache: cache) }

        var recordsByUnit: [String: [RecordLoad]] = [:]
        for load in records { recordsByUnit[load.unitID, default: []].append(load) }
        var entries: [UnitRecords] = []
        for (folder, unitLoad) in zip(folders, units) {
            diagnostics += folder.diagnostics + unitLoad.diagnostics
            guard let unit = unitLoad.unit else { continue }
            let loads = recordsByUnit[folder.id] ?? []
            var warnings: [Int: [Diagnostic]] = [:]
            var yearDigests: [Int: String] = [:]
            for load in loads {
                diagnostics += load.diagnostics
                warnings[load.year] = load.diagnostics.warnings
                yearDigests[load.year] = "\(folder.id) \(unitLoad.digest) \(load.digest)"
            }
            // The folder's name is the unit's id, in every link to it: a renamed folder changes every page that links there.
            let digest = Digest.combine([folder.id, unitLoad.digest] + loads.sorted { $0.year < $1.year }.map { "\($0.year) \($0.digest)" })
            entries.append(UnitRecords(unit: unit, records: loads.compactMap(\.record), warnings: warnings, digest: digest,
                                       yearDigests: yearDigests))
        }
        let content = site.flatMap { site in diagnostics.hasErrors ? nil : Content(site: site, units: entries, siteDigest: siteDigest) }
        let cached = zip(recordFiles, records).map { file, load in (path: tree.display(file.relative), load: load) }
        return LoadResult(content: content, diagnostics: diagnostics.sortedForDisplay(),
                          unitCount: folders.count, recordCount: recordFiles.count, recordsParsed: records.count(where: { !$0.fromCache }),
                          recordCache: cache.replacingEntries(with: cached))
    }

    private static func loadSite(_ tree: ContentTree, into diagnostics: inout [Diagnostic]) -> (Site?, String) {
        let sink = DiagnosticSink(file: tree.display("site.yaml"))
        defer { diagnostics += sink.diagnostics }
        guard let (root, digest) = tree.readYAML(tree.root.appendingPathComponent("site.yaml"), sink: sink, required: "title and base_url", neededBy: "content folder") else {
            return (nil, "")
        }
        return (SiteDecoder.decode(root, sink: sink), digest)
    }

    private struct UnitLoad: Sendable {
        var unit: Unit?
        var diagnostics: [Diagnostic]
        var digest = ""
    }

    struct RecordFile: Sendable {
        var folder: UnitFolder
        var year: Int
        var url: URL

        /// The file's path relative to the content folder.
        var relative: String { "units/\(folder.id)/\(year).md" }
    }

    struct RecordLoad: Sendable, Decodable {
        var unitID: String
        var year: Int
        var record: Record?
        var diagnostics: [Diagnostic]
        var digest = ""
        /// Whether this load came from the record cache rather than from parsing.
        var fromCache = false

        enum CodingKeys: CodingKey { case unitID, year, record, diagnostics, digest }
    }

    private static func loadUnitFile(_ folder: UnitFolder, tree: ContentTree) -> UnitLoad {
        let sink = DiagnosticSink(file: tree.display("units/\(folder.id)/unit.yaml"))
        guard let (root, digest) = tree.readYAML(folder.url.appendingPathComponent("unit.yaml"), sink: sink, required: "name and region",
                                                 neededBy: "unit folder")
        else { return UnitLoad(unit: nil, diagnostics: sink.diagnostics) }
        let unit = UnitDecoder.decode(root, id: folder.id, sink: sink)
        return UnitLoad(unit: unit, diagnostics: sink.diagnostics, digest: digest)
    }

    private static func loadRecord(_ file: RecordFile, tree: ContentTree, cache: RecordCache) -> RecordLoad {
        var load = RecordLoad(unitID: file.folder.id, year: file.year, record: nil, diagnostics: [])
        let plain = DiagnosticSink(file: tree.display(file.relative))
        // A cached load was made from these very bytes, so only a file the cache has not seen is read as text.
        guard let data = tree.readBytes(file.url, sink: plain) else {
            load.diagnostics = plain.diagnostics
            return load
        }
        let digest = Digest.hex(of: data)
        if var cached = cache.load(path: tree.display(file.relative), digest: digest) {
            cached.fromCache = true
            return cached
        }
        guard let source = tree.decodeText(data, digest: digest, sink: plain) else {
            load.diagnostics = plain.diagnostics
            return load
        }
        var loaded = loadRecord(text: source.text, file: file, tree: tree)
        loaded.digest = source.digest
        return loaded
    }

    /// Reads a record from its text; apart from attachments, it touches no disk, so the fuzz harness drives it directly.
    static func loadRecord(text: String, file: RecordFile, tree: ContentTree) -> RecordLoad {
        let relative = file.relative
        var load = RecordLoad(unitID: file.folder.id, year: file.year, record: nil, diagnostics: [])
        let plain = DiagnosticSink(file: tree.display(relative))
        let split: FrontMatterSplit
        switch FrontMatterSplit.split(text) {
        case .success(let value): split = value
        case .failure(let failure):
            let message: String
            switch failure {
            case .empty: message = "file is empty; a record starts with a '---' line, its fields, another '---' line, then the narrative"
            case .noOpening: message = "the first line must be '---', opening the front matter"
            case .unclosed: message = "the front matter is never closed; add a line '---' after the last field"
            case .tooLarge: message = "the front matter is over \(Limits.frontMatterBytes >> 20) MiB; move long text into the narrative"
            }
            plain.error(message, at: SourcePosition(line: 1, column: 1))
            load.diagnostics = plain.diagnostics
            return load
        }
        let sink = DiagnosticSink(file: tree.display(relative), lineOffset: split.yamlLine - 1)
        load.record = decodeRecord(split, file: file, tree: tree, sink: sink)
        load.diagnostics = sink.diagnostics
        return load
    }

    private static func decodeRecord(_ split: FrontMatterSplit, file: RecordFile, tree: ContentTree, sink: DiagnosticSink) -> Record? {
        if split.yaml.allSatisfy(\.isWhitespace) {
            sink.error("the front matter is empty; it needs at least year and status", at: SourcePosition(line: 1, column: 1))
            return nil
        }
        guard let root = YAMLDocument.parse(split.yaml, sink: sink),
              var record = RecordDecoder.decode(root, unitID: file.folder.id, fileYear: file.year, sink: sink)
        else { return nil }
        sink.root = root
        sink.bodyLine = split.bodyLine
        record.body = split.body
        record.sourcePath = sink.file
        for (index, attachment) in record.attachments.enumerated() {
            tree.checkAttachment(attachment.file, in: file.folder, field: "attachments[\(index)].file", sink: sink)
        }
        record = PersonalDataScrubber(sink: sink).scrub(record, bodyStartLine: split.bodyLine)
        guard !sink.hasErrors else { return nil }
        record.narrativeText = Markdown.plainText(record.body)
        RecordChecks(record: record, sink: sink).run()
        return record
    }
}
