import Foundation
@testable import Gongkai

/// A whole content tree written from a dictionary of files into a fresh temporary folder.
struct ContentFixture {
    let root: URL

    static let site = """
        title: 测试公开
        base_url: https://example.org/jxgk/
        publisher: 测试财政局
        """

    static let unit = """
        name: 测试市测试区融媒体中心
        short_name: 测试区融媒体中心
        region: [湖南省, 测试市, 测试区]
        """

    static func record(year: Int = 2023, _ fields: String = "", body: String = "## 基本情况\n\n正文。\n") -> String {
        "---\nyear: \(year)\nstatus: published\npublished_on: \(year + 1)-08-20\n\(fields)---\n\n\(body)"
    }

    /// Writes `files` (path → text, or raw bytes) under a new temporary folder; `site.yaml` and one unit are added unless given.
    init(_ files: [String: String] = [:], bytes: [String: [UInt8]] = [:], defaults: Bool = true) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-tests-\(UUID().uuidString)", isDirectory: true)
        var all: [String: String] = defaults
            ? ["content/site.yaml": Self.site, "content/units/demo/unit.yaml": Self.unit, "content/units/demo/2023.md": Self.record()]
            : [:]
        for (path, text) in files { all[path] = text }
        for (path, text) in all { try write(Data(text.utf8), to: path) }
        for (path, data) in bytes { try write(Data(data), to: path) }
    }

    func write(_ data: Data, to path: String) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    var content: URL { root.appendingPathComponent("content") }

    func load() -> LoadResult { ContentLoader.load(from: content, displayPath: "content") }

    /// The printed diagnostics, one per line, as `gongkai check` shows them.
    func diagnostics() -> [String] { load().diagnostics.map(\.description) }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
