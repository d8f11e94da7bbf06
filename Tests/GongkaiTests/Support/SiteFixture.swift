import Foundation
@testable import Gongkai

/// Builds a content tree into a temporary output folder with the repository's default theme.
struct SiteFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../..").standardized
    static let defaultTheme = repository.appendingPathComponent("themes/default")
    static let examples = repository.appendingPathComponent("content")

    let output: URL
    /// The build cache kept beside the output.
    let cacheFolder: URL

    /// Builds `content` into `output` (a new temporary folder unless given).
    @discardableResult
    static func build(_ content: URL, into output: URL? = nil, baseURL: String? = nil, theme: URL? = nil, force: Bool = false) throws -> (SiteFixture, BuildReport) {
        let output = output ?? FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-site-\(UUID().uuidString)")
        let options = BuildOptions(content: content, contentDisplay: "content", output: output, theme: theme,
                                   defaultTheme: defaultTheme, baseURL: baseURL, force: force)
        let report = try SiteBuilder.build(options)
        return (SiteFixture(output: output, cacheFolder: options.cacheFolder), report)
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }

    /// Every file of the built site, relative to the output folder, sorted.
    func files() -> [String] {
        let base = output.standardizedFileURL.path + "/"
        let enumerator = FileManager.default.enumerator(atPath: output.path)
        var found: [String] = []
        while let path = enumerator?.nextObject() as? String {
            var isDirectory: ObjCBool = false
            _ = FileManager.default.fileExists(atPath: base + path, isDirectory: &isDirectory)
            if !isDirectory.boolValue { found.append(path) }
        }
        return found.sorted()
    }

    /// Removes the site and the build cache kept beside it.
    func remove() {
        try? FileManager.default.removeItem(at: output)
        try? FileManager.default.removeItem(at: cacheFolder)
    }
}

extension String {
    /// The text with tags removed and whitespace collapsed, roughly what a reader sees.
    var visibleText: String {
        var out = ""
        var inTag = false
        for character in self {
            if character == "<" { inTag = true; out.append(" "); continue }
            if character == ">" { inTag = false; continue }
            if !inTag { out.append(character) }
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}
