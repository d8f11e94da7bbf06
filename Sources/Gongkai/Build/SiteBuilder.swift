import Foundation

/// Builds the site in ordered phases: load and check, assemble, render, write.
public enum SiteBuilder {
    /// How many pages are rendered in parallel before the writer stores them, bounding memory.
    static let batchSize = 256

    /// Builds the site; throws `BuildFailure` with every error when the content or theme cannot be published.
    public static func build(_ options: BuildOptions, progress: (String) -> Void = { _ in }) throws -> BuildReport {
        progress("loading \(options.contentDisplay)")
        let loaded = ContentLoader.load(from: options.content, displayPath: options.contentDisplay)
        guard let content = loaded.content else { throw BuildFailure(diagnostics: loaded.diagnostics) }
        if let baseURL = options.baseURL, !(baseURL.hasPrefix("https://") || baseURL.hasPrefix("http://")) {
            throw BuildFailure(diagnostics: loaded.diagnostics, message: "error: --base-url must be an absolute address such as https://czj.example.gov.cn/jxgk/, found '\(baseURL)'")
        }
        let theme: Theme
        do {
            theme = try Theme.load(defaultDirectory: options.defaultTheme, override: options.theme)
        } catch {
            throw BuildFailure(diagnostics: loaded.diagnostics, message: "\(error)")
        }
        let model = SiteModel(content: content, baseURL: options.baseURL)
        let writer: OutputWriter
        do {
            writer = try OutputWriter(output: options.output, content: options.content, force: options.force)
        } catch {
            throw BuildFailure(diagnostics: loaded.diagnostics, message: "\(error)")
        }
        do {
            let jobs = PageJob.all(for: model)
            var pages = 0
            for start in stride(from: 0, to: jobs.count, by: batchSize) {
                let batch = Array(jobs[start..<min(start + batchSize, jobs.count)])
                let rendered = try batch.parallelMap { job in Result { try job.render(model, theme: theme) } }.map { try $0.get() }
                writer.write(rendered)
                pages += rendered.count
                if jobs.count > batchSize { progress("rendered \(pages) of \(jobs.count) pages") }
            }
            progress("writing assets, open data and sitemap")
            writer.write(try SiteFiles.all(for: model, theme: theme, content: options.content))
            writer.write(try OpenDataFiles(model: model).files())
            writer.write(Sitemap.files(pages: jobs.compactMap { $0.sitemapPath(model) }, links: model.links))
            progress("writing the search index")
            let index = try SearchIndexWriter().write(SiteSearchDocuments(model: model).documents())
            writer.write(index.map { OutputFile(path: $0.path, data: $0.bytes) })
            progress("replacing \(options.output.path)")
            try writer.commit()
            return BuildReport(diagnostics: loaded.diagnostics, units: content.units.count, records: model.entries.count,
                               files: writer.changed + writer.unchanged, pages: pages, changed: writer.changed)
        } catch {
            writer.abort()
            if let failure = error as? BuildFailure { throw failure }
            throw BuildFailure(diagnostics: loaded.diagnostics, message: "error: \(error)")
        }
    }
}
