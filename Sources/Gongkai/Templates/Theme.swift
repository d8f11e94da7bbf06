import Foundation
import Mustache

/// A theme: Mustache templates and static assets, where an override theme replaces the default file by file.
public struct Theme: Sendable {
    public let library: MustacheLibrary
    /// Asset paths relative to `assets/`, with their bytes.
    public let assets: [(path: String, data: Data)]
    /// A digest of every template, asset and string, so outputs are remade when the theme changes.
    public let digest: String
    /// The first eight hex digits of each asset's SHA-256, by its path relative to `assets/`.
    public let assetVersions: [String: String]
    /// Words the builder draws into charts.
    public let strings: ThemeStrings

    public struct LoadError: Error, CustomStringConvertible {
        public let description: String
    }

    /// Loads `defaultDirectory`, then lays `override` over it, template by template and asset by asset.
    public static func load(defaultDirectory: URL, override: URL?) throws -> Theme {
        var templates: [String: (text: String, file: String)] = [:]
        var assets: [String: URL] = [:]
        for directory in [defaultDirectory] + (override.map { [$0] } ?? []) {
            guard FileManager.default.fileExists(atPath: directory.path) else {
                // The default theme is found relative to the working folder, which a scheduled job rarely shares.
                let hint = directory == defaultDirectory
                    ? "run gongkai in the folder that holds themes/, or pass --default-theme with the path of themes/default"
                    : "pass --theme with a folder holding templates/ or assets/"
                throw LoadError(description: "\(directory.path): error: theme folder not found; \(hint)")
            }
            for (relative, url) in files(under: directory.appendingPathComponent("templates")) where relative.hasSuffix(".mustache") {
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    throw LoadError(description: "\(url.path): error: template cannot be read as UTF-8 text")
                }
                templates[String(relative.dropLast(".mustache".count))] = (text, url.path)
            }
            for (relative, url) in files(under: directory.appendingPathComponent("assets")) {
                assets[relative] = url
            }
        }
        TemplateEscaping.register()
        var library = MustacheLibrary()
        for name in templates.keys.sorted() {
            let (text, file) = templates[name]!
            do {
                // Every template, partials too: a partial starts again in swift-mustache's own type.
                try library.register(TemplateEscaping.pragmaLine + text, named: name)
            } catch let error as MustacheTemplate.ParserError {
                // The line put before the template is not the file's.
                let line = error.context.lineNumber - 1
                throw LoadError(description: "\(file):\(line):\(error.context.columnNumber): error: template does not parse: \(TemplateParseProblem.describe(error.error))")
            }
        }
        let directories = [defaultDirectory] + (override.map { [$0] } ?? [])
        let stringFiles = directories.map { $0.appendingPathComponent("strings.yaml") }
        let strings = try ThemeStrings.load(stringFiles)
        let assetData = try assets.keys.sorted().map { path in
            do { return (path: path, data: try Data(contentsOf: assets[path]!)) } catch {
                throw LoadError(description: "\(assets[path]!.path): error: theme asset cannot be read")
            }
        }
        let assetDigests = assetData.map { Digest.hex(of: $0.data) }
        let digest = Digest.combine(
            templates.keys.sorted().map { "template \($0) " + Digest.hex(of: Data(templates[$0]!.text.utf8)) }
                + zip(assetData, assetDigests).map { "asset \($0.path) " + $1 }
                + stringFiles.map { "strings " + ((try? Data(contentsOf: $0)).map(Digest.hex) ?? "none") })
        let versions = Dictionary(uniqueKeysWithValues: zip(assetData, assetDigests).map { ($0.path, String($1.prefix(8))) })
        return Theme(library: library, assets: assetData, digest: digest, assetVersions: versions, strings: strings)
    }

    /// Renders the template `name` with `context`; a missing template is a theme error.
    public func render(_ name: String, _ context: [String: Any]) throws -> String {
        guard let html = library.render(context, withTemplate: name) else {
            throw LoadError(description: "error: the theme has no template '\(name).mustache'")
        }
        return html
    }

    private static func files(under directory: URL) -> [(String, URL)] {
        guard let enumerator = FileManager.default.enumerator(at: directory, includingPropertiesForKeys: [.isRegularFileKey]) else { return [] }
        var found: [(String, URL)] = []
        let prefix = directory.standardizedFileURL.path + "/"
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.standardizedFileURL.path
            guard path.hasPrefix(prefix), !url.lastPathComponent.hasPrefix(".") else { continue }
            found.append((String(path.dropFirst(prefix.count)), url))
        }
        return found.sorted { $0.0 < $1.0 }
    }
}
