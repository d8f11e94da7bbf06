import Foundation

/// Builds the site in ordered phases: load and check, assemble, render, write.
public enum SiteBuilder {
    /// How many pages are rendered in parallel before the writer stores them, bounding memory.
    static let batchSize = 256

    /// Builds the site; throws `BuildFailure` with every error when the content or theme cannot be published.
    public static func build(_ options: BuildOptions, progress: (String) -> Void = { _ in }) throws -> BuildReport {
        progress("loading \(options.contentDisplay)")
        let cacheFolder = options.cacheFolder
        let loaded = ContentLoader.load(from: options.content, displayPath: options.contentDisplay,
                                        cache: RecordCache.read(from: cacheFolder, program: Fingerprints.program))
        guard let content = loaded.content else { throw BuildFailure(diagnostics: loaded.diagnostics) }
        if let baseURL = options.baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw BuildFailure(diagnostics: loaded.diagnostics, message: "error: --base-url must be an absolute address such as https://czj.example.gov.cn/jxgk/, found '\(baseURL)'")
        }
        // site.yaml's base_url is cleaned as all text is when loaded; the flag is not, and goes into every page's links.
        if let baseURL = options.baseURL, baseURL.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) {
            throw BuildFailure(diagnostics: loaded.diagnostics, message: "error: --base-url must not hold spaces or control characters; write a space in an address as %20")
        }
        let theme: Theme
        do {
            theme = try Theme.load(defaultDirectory: options.defaultTheme, override: options.theme)
        } catch {
            throw BuildFailure(diagnostics: loaded.diagnostics, message: "\(error)")
        }
        let model = SiteModel(content: content, baseURL: options.baseURL, assetVersions: theme.assetVersions)
        let writer: OutputWriter
        do {
            writer = try OutputWriter(output: options.output, content: options.content, force: options.force)
        } catch {
            throw BuildFailure(diagnostics: loaded.diagnostics, message: "\(error)")
        }
        do {
            let cache = BuildCache(output: options.output, trusted: writer.hasPreviousBuild)
            let fingerprints = Fingerprints(model: model, content: content, contentFolder: options.content, theme: theme, baseURL: options.baseURL)
            var next: [String: String] = [:]
            let jobs = PageJob.all(for: model)
            let openData = OpenDataFiles(model: model)
            let rowCache = writer.hasPreviousBuild ? OpenDataRowCache.read(from: cacheFolder) : OpenDataRowCache()
            let pages = try renderPages(jobs, model: model, theme: theme, openData: openData, fingerprints: fingerprints,
                                        cache: cache, writer: writer, next: &next, progress: progress)
            var nextRowCache: OpenDataRowCache?
            var newPostings: SearchPostingsSummary?
            let siteWide = cache.paths { path, fingerprint in
                next[path] == nil && (fingerprint == fingerprints.siteWide || path.hasPrefix(SearchIndexFile.folder))
            }
            if cache.paths(madeFrom: fingerprints.siteWide).contains(where: { next[$0] == nil }), siteWide.allSatisfy(writer.canCarry) {
                // Nothing any site-wide file depends on has changed, so neither has the search index.
                progress("assets, open data, sitemap and search index unchanged")
                writer.carry(siteWide)
                for path in siteWide { next[path] = cache.fingerprints[path] }
            } else {
                progress("writing assets, open data and sitemap")
                let downloads = downloads(pages, model: model, openData: openData, rowCache: rowCache,
                                          output: writer.output)
                nextRowCache = downloads.rows
                let files = try siteWideFiles(model, jobs: jobs, theme: theme, content: options.content, openData: downloads.files)
                for file in files { next[file.path] = fingerprints.siteWide }
                writer.write(files)
                // Each phase's files are stored before the next progress line, so the lines time the phases.
                writer.waitForWrites()
                progress("writing the search index")
                let kept = writer.hasPreviousBuild ? KeptSearchPostings.read(from: cacheFolder) : nil
                let postings = try writeSearchIndex(SiteSearchDocuments(model: model).documents(), fingerprints: fingerprints,
                                                    kept: kept, cache: cache, writer: writer, next: &next)
                if postings != kept { newPostings = postings }
                writer.waitForWrites()
            }
            progress("replacing \(options.output.path)")
            writer.write([BuildCache(fingerprints: next).file])
            try writer.commit()
            try? loaded.recordCache.write(to: cacheFolder, program: Fingerprints.program)
            try? nextRowCache?.write(to: cacheFolder)
            if let newPostings { try? KeptSearchPostings.write(newPostings, to: cacheFolder) }
            return BuildReport(diagnostics: loaded.diagnostics, units: content.units.count, records: model.entries.count,
                               files: writer.changed + writer.unchanged, pages: jobs.count, rendered: pages.rendered, changed: writer.changed)
        } catch {
            writer.abort()
            if let failure = error as? BuildFailure { throw failure }
            throw BuildFailure(diagnostics: loaded.diagnostics, message: "error: \(error)")
        }
    }

    /// What rendering the pages left for the site-wide files.
    private struct RenderedPages {
        /// How many pages were rendered rather than carried over.
        var rendered = 0
        /// Each record's share of the downloads, made now; nil for records whose page was carried over.
        var openData: [RecordOpenData?]
        /// The fingerprint of each record's page, rendered or carried over.
        var recordFingerprints: [String]
    }

    /// Renders the pages whose fingerprints changed, in batches on every core, and carries over the rest.
    private static func renderPages(
        _ jobs: [PageJob], model: SiteModel, theme: Theme, openData: OpenDataFiles, fingerprints: Fingerprints,
        cache: BuildCache, writer: OutputWriter, next: inout [String: String], progress: (String) -> Void
    ) throws -> RenderedPages {
        // Deciding what is stale hashes every job's inputs and looks for its files: work for every core.
        let plans = jobs.parallelMap { job in
            let fingerprint = fingerprints.of(job, model)
            let paths = job.outputPaths(model)
            return (job: job, fingerprint: fingerprint, paths: paths,
                    fresh: cache.matches(paths, fingerprint) && paths.allSatisfy(writer.canCarry))
        }
        var pages = RenderedPages(openData: Array(repeating: nil, count: model.entries.count),
                                  recordFingerprints: Array(repeating: "", count: model.entries.count))
        for start in stride(from: 0, to: plans.count, by: batchSize) {
            let batch = plans[start..<min(start + batchSize, plans.count)]
            for plan in batch {
                for path in plan.paths { next[path] = plan.fingerprint }
                if case .record(let index) = plan.job { pages.recordFingerprints[index] = plan.fingerprint }
            }
            writer.carry(batch.filter(\.fresh).flatMap(\.paths))
            let stale = batch.filter { !$0.fresh }.map(\.job)
            let rendered = try stale.parallelMap { job in Result { try job.render(model, theme: theme, openData: openData) } }
                .map { try $0.get() }
            for (job, rendered) in zip(stale, rendered) {
                if case .record(let index) = job { pages.openData[index] = rendered.openData }
            }
            writer.write(rendered.flatMap(\.files))
            pages.rendered += stale.count
            if jobs.count > batchSize { progress("pages: \(start + batch.count) of \(jobs.count), \(pages.rendered) rendered") }
        }
        return pages
    }

    /// Each record's JSON as its `record.json` holds it: rendered by this build, or else read back from the output,
    /// whose fingerprint vouches for it; nil where neither is at hand, for `OpenDataFiles` to encode.
    private static func recordFragments(_ pages: RenderedPages, model: SiteModel, openData: OpenDataFiles, output: URL) -> [Data?] {
        Array(pages.openData.indices).parallelMap { index in
            if let part = pages.openData[index] { return part.json }
            return FileManager.default.contents(atPath: output.path + "/" + Links.recordData(model.entries[index]))
                .flatMap(openData.fragment(ofRecordJSON:))
        }
    }

    /// The download files, from each record's part as rendered now, or else as kept from the build that made its
    /// carried-over page; and the row cache for the next build.
    private static func downloads(_ pages: RenderedPages, model: SiteModel, openData: OpenDataFiles, rowCache: OpenDataRowCache,
                                  output: URL) -> (files: [OutputFile], rows: OpenDataRowCache) {
        let fragments = recordFragments(pages, model: model, openData: openData, output: output)
        let madeOrKept = recordRows(pages, model: model, cache: rowCache)
        let parts = openData.parts(fragments: fragments, rows: madeOrKept)
        let rows = rowCache.replacingEntries(with: model.entries.indices.map { index in
            // A part uses kept rows only beside a fragment; without one it is made again, rows and all.
            let kept = pages.openData[index] == nil && madeOrKept[index] != nil && fragments[index] != nil
            return (path: Links.record(model.entries[index]), fingerprint: pages.recordFingerprints[index],
                    rows: parts[index].rows, wasRead: kept)
        })
        return (openData.files(parts), rows)
    }

    /// Each record's CSV lines as made now or kept from the build that made its carried-over page; nil where neither
    /// is at hand, for `OpenDataFiles` to make.
    private static func recordRows(_ pages: RenderedPages, model: SiteModel, cache: OpenDataRowCache) -> [OpenDataRows?] {
        model.entries.indices.map { index in
            pages.openData[index]?.rows ?? cache.rows(for: Links.record(model.entries[index]), fingerprint: pages.recordFingerprints[index])
        }
    }

    /// The files that depend on every record, but for the search index: assets and attachments, open data and the sitemap.
    private static func siteWideFiles(_ model: SiteModel, jobs: [PageJob], theme: Theme, content: URL,
                                      openData: [OutputFile]) throws -> [OutputFile] {
        let files = try SiteFiles.all(for: model, theme: theme, content: content) + openData
        let pages = jobs.compactMap { $0.sitemapPath(model) }.filter { $0 != Links.search }
        return files + Sitemap.files(pages: pages, links: model.links)
    }

    /// Writes the search index, carrying over every file whose bytes before gzip are those it was last made from, and
    /// returns its postings for the next build.
    ///
    /// Most index files survive a change to one record, and gzipping them again is most of their cost. When no
    /// document's text has changed, the postings `kept` from the last build are not even computed. Files are handed
    /// to the writer in batches as they are ready, so it stores the rows while the postings are computed.
    private static func writeSearchIndex(_ documents: [SearchDocument], fingerprints: Fingerprints, kept: SearchPostingsSummary?,
                                         cache: BuildCache, writer: OutputWriter, next: inout [String: String]) throws -> SearchPostingsSummary {
        let carriable = KeptSearchPostings.carriable(kept, fingerprints: fingerprints, cache: cache, writer: writer)
        let postings = try SearchIndexWriter().plainFiles(documents, keeping: carriable) { files in
            let fileFingerprints = files.parallelMap { fingerprints.ofSearchIndexFile(digest: $0.digest) }
            var unchanged: [String] = []
            var changed: [SearchIndexFile] = []
            for (file, fingerprint) in zip(files, fileFingerprints) {
                next[file.publishedPath] = fingerprint
                if cache.matches([file.publishedPath], fingerprint), writer.canCarry(file.publishedPath) {
                    unchanged.append(file.publishedPath)
                } else {
                    changed.append(file)
                }
            }
            writer.carry(unchanged)
            writer.write(changed.parallelMap { file in
                let published = file.published()
                return OutputFile(path: published.path, data: published.bytes)
            })
        }
        // SearchIndexWriter keeps postings exactly when their key is the one the documents give.
        if let carriable, carriable.key == postings.key {
            let published = postings.publishedFiles
            for file in published { next[file.path] = fingerprints.ofSearchIndexFile(digest: file.digest) }
            writer.carry(published.map(\.path))
        }
        return postings
    }

    /// Builds `options` clean into a temporary folder and lists every file that differs from `options.output`.
    ///
    /// An incremental build is correct when this finds nothing: same files, same bytes.
    public static func verify(_ options: BuildOptions, progress: (String) -> Void = { _ in }) throws -> [String] {
        let clean = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-verify-\(UUID().uuidString)")
        var fresh = options
        fresh.output = clean
        try? FileManager.default.removeItem(at: clean)
        defer {
            try? FileManager.default.removeItem(at: clean)
            try? FileManager.default.removeItem(at: fresh.cacheFolder)
        }
        fresh.force = false
        progress("verifying: building clean into \(clean.path)")
        _ = try build(fresh)
        let built = try files(under: options.output), expected = try files(under: clean)
        var differences: [String] = []
        for path in expected.union(built).sorted() {
            if !built.contains(path) { differences.append("\(path): missing") }
            else if !expected.contains(path) { differences.append("\(path): not in a clean build") }
            else if !FileManager.default.contentsEqual(atPath: options.output.appendingPathComponent(path).path,
                                                       andPath: clean.appendingPathComponent(path).path) {
                differences.append("\(path): bytes differ")
            }
        }
        return differences
    }

    private static func files(under folder: URL) throws -> Set<String> {
        var found = Set<String>()
        let base = folder.standardizedFileURL.path + "/"
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return found }
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: base + path, isDirectory: &isDirectory), !isDirectory.boolValue { found.insert(path) }
        }
        return found
    }
}
